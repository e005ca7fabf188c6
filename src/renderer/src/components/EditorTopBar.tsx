import { ActionIcon, Badge, Button, Group, Menu, Modal, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDots, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface EditorTopBarProps {
  /** Test ids read `${testIdPrefix}-back`, `-title`, `-delete`, `-delete-confirm`. */
  testIdPrefix: string;
  backLabel: string;
  onBack(): void;
  title: ReactNode;
  isDemo: boolean;
  /** Badges after the title. */
  badges?: ReactNode;
  /** The save indicator and the editor's buttons, left of the ⋯ menu. */
  actions: ReactNode;
  moreLabel: string;
  deleteLabel: string;
  deleteTitle: string;
  deleteConfirm: string;
  /** Called once the user confirmed; the dialog is closed by then. */
  onDelete(): void;
}

/** The top of a document editor: back, title, actions, and a ⋯ menu whose delete asks first. */
export function EditorTopBar(props: EditorTopBarProps) {
  const { t } = useTranslation();
  const { testIdPrefix: prefix } = props;
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Tooltip label={props.backLabel}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={props.onBack}
              aria-label={props.backLabel}
              data-testid={`${prefix}-back`}
            >
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} lineClamp={1} data-testid={`${prefix}-title`}>
            {props.title}
          </Title>
          {props.isDemo && (
            <Badge variant="light" color="orange" style={{ flexShrink: 0 }}>
              {t('demo.badge')}
            </Badge>
          )}
          {props.badges}
        </Group>
        <Group gap="sm" wrap="nowrap">
          {props.actions}
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={props.moreLabel}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setDeleting(true)}
                data-testid={`${prefix}-delete`}
              >
                {props.deleteLabel}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={props.deleteTitle} centered>
        <Text size="sm">{props.deleteConfirm}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDeleting(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setDeleting(false);
              props.onDelete();
            }}
            data-testid={`${prefix}-delete-confirm`}
          >
            {props.deleteLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
