/** Team mode (团队模式): the server, sync, approvals across machines (under `team.*`). */
export const teamZhCN = {
  err: {
    badUrl: '服务器地址“{{url}}”无法识别：应为 postgres://主机:端口/数据库',
    unreachable: '连不上团队服务器 {{where}}：{{detail}}。离线时照常工作，联网后再同步',
    auth: '团队服务器拒绝了用户 {{user}} 的登录（{{where}}）：请检查用户名和密码',
    noDatabase: '团队服务器上没有数据库 {{where}}：请先由管理员创建并运行 presales team init',
    tls: '与团队服务器 {{where}} 的加密连接（TLS）失败：{{detail}}',
    refused: '团队服务器拒绝了这个操作：{{detail}}',
    conflict: '冲突：{{detail}}',
    notInitialised: '团队服务器尚未初始化：请管理员先运行 presales team init',
    lost: '与团队服务器的连接中断：{{detail}}',
    server: '团队服务器出错：{{detail}}',
    userName: '用户名“{{name}}”不可用：小写字母开头，只含小写字母、数字和下划线，最多 40 个字符',
    shortPassword: '密码至少 8 个字符（从环境变量 PRESALES_TEAM_PASSWORD 读取）',
    noPassword: '没有团队密码：请设置环境变量 PRESALES_TEAM_PASSWORD（应用中在“设置 → 团队”里保存）',
    noManager: '“{{name}}”不是团队里的主管',
    notConnected: '这个数据库没有加入团队：先运行 presales team connect',
    notMember: '用户 {{user}} 不是团队成员：请管理员用 presales team add-user 添加',
    approveNotManager: '只有主管能审批报价；{{user}} 的角色是{{role}}',
    approveOwn: '不能审批自己编写的报价 {{number}}',
    approveNotPending: '报价 {{number}} 不在待审批状态（现在是{{state}}）',
    approveNotFound: '团队服务器上没有你能看到的报价 {{number}}',
    approveStale: '报价 {{number}} 在你查看之后又被修改：请重新查看后再审批',
    reviewNotLegal: '只有法务能审核合同；{{user}} 的角色是{{role}}',
    noConflict: '没有这个冲突（{{uid}}）：可能已经解决',
    reviewNotFound: '团队服务器上没有你能看到的合同 {{number}}',
    reviewNotPending: '合同 {{number}} 不在法务审核中（现在是{{state}}）',
    pushPrices: '只有管理员能发布价格体系版本：{{label}} 未上传到团队服务器',
  },
  roles: { rep: '销售', manager: '主管', legal: '法务', admin: '管理员' },
};

export type TeamMessages = typeof teamZhCN;
