import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalSection } from '../../../../../shared/proposals/proposal';
import { MergeText } from '../../../components/rich-text/RichDocView';
import { SortableList } from '../../../components/sortable-list/SortableList';
import type { NotPrinted } from '../model/proposal-model';
import classes from './builder.module.css';

interface SectionListProps {
  sections: ProposalSection[];
  selectedId: string | null;
  onSelect(id: string): void;
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  /** The title as it will print (merge fields filled where known). */
  titleOf(section: ProposalSection): string;
  notPrinted(section: ProposalSection): NotPrinted | null;
  errorCount(section: ProposalSection): number;
  problemCount(section: ProposalSection): number;
}

/**
 * The chapters in print order. Drag a row by its handle (native HTML5 drag and drop) or use ↑ ↓
 * (also Alt+↑ / Alt+↓ on a focused row) to reorder; the order is saved like any other edit.
 */
export function SectionList(props: SectionListProps) {
  const { t } = useTranslation();
  return (
    <SortableList
      items={props.sections}
      selectedId={props.selectedId}
      onSelect={props.onSelect}
      onMove={props.onMove}
      onRemove={props.onRemove}
      text={{
        list: t('libraryUi.sectionList.title'),
        moveUp: (title) => t('libraryUi.sectionList.moveUp', { title }),
        moveDown: (title) => t('libraryUi.sectionList.moveDown', { title }),
        remove: (title) => t('libraryUi.sectionList.remove', { title }),
        removeConfirm: (title) => t('libraryUi.sectionList.removeConfirm', { title }),
        removeAction: t('libraryUi.common.remove'),
      }}
      testIdPrefix="section"
      titleOf={props.titleOf}
      rowClassName={classes.sectionRow}
      confirmWidth={220}
      canRemove
      rowData={(section) => ({ 'data-kind': section.kind, 'data-section-id': section.id, 'data-title': section.title })}
      renderRow={(section, index) => {
        const title = props.titleOf(section);
        const reason = props.notPrinted(section);
        const errors = props.errorCount(section);
        const problems = props.problemCount(section);
        return (
          <>
            <Text size="xs" c="dimmed" w={18} ta="right" style={{ flexShrink: 0 }}>
              {index + 1}
            </Text>
            <div className={classes.sectionTitle}>
              <Text size="sm" lineClamp={1} c={reason && reason !== 'cover' && reason !== 'toc' ? 'dimmed' : undefined}>
                <MergeText text={title} />
              </Text>
              <Group gap={4} wrap="nowrap">
                {(section.kind === 'library' || section.kind === 'custom') && (
                  <Text size="xs" c="dimmed">
                    {t(`libraryUi.kinds.${section.kind}`)}
                  </Text>
                )}
                {reason && reason !== 'cover' && reason !== 'toc' && (
                  <Tooltip label={t(`libraryUi.notPrinted.${reason}`)} withinPortal>
                    <Badge tt="none" size="xs" color="gray" variant="light">
                      {t('libraryUi.sectionList.notPrinted')}
                    </Badge>
                  </Tooltip>
                )}
                {errors > 0 && (
                  <Badge tt="none" size="xs" color="red" variant="filled" data-testid="section-row-errors">
                    {errors}
                  </Badge>
                )}
                {problems > 0 && (
                  <Tooltip label={t('libraryUi.sectionList.mergeProblems', { n: problems })} withinPortal>
                    <Badge tt="none" size="xs" color="red" variant="light">
                      {'{{…}}'}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
            </div>
          </>
        );
      }}
    />
  );
}
