import { ActionIcon, FileButton, Input, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBold,
  IconColumnInsertRight,
  IconColumnRemove,
  IconH1,
  IconH2,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  IconPhoto,
  IconRowInsertBottom,
  IconRowRemove,
  IconTableOff,
  IconTablePlus,
} from '@tabler/icons-react';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichDoc } from '../../../../shared/rich-text';
import { notifyError } from '../notify';
import { readImage } from './image-file';
import { MergeFieldHighlight } from './merge-field-highlight';
import { MergeFieldMenu } from './MergeFieldMenu';
import classes from './RichText.module.css';
import { toRichDoc } from './rich-doc';

/**
 * Only what the document schema (src/shared/rich-text.ts) has: paragraphs, headings 1–3, lists,
 * tables whose cells hold paragraphs, PNG/JPEG images, bold, italic, line breaks. Everything else
 * StarterKit brings (strike, code, quotes, rules, links, underline) is switched off, so neither
 * typing nor pasting can produce what the server would refuse.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
  }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader.extend({ content: 'paragraph+' }),
  TableCell.extend({ content: 'paragraph+' }),
  Image.configure({ allowBase64: true, inline: false }),
  MergeFieldHighlight,
];

function initialContent(value: RichDoc): JSONContent {
  return value.content.length > 0 ? (value as JSONContent) : { type: 'doc', content: [{ type: 'paragraph' }] };
}

function ToolButton({
  label,
  active,
  disabled,
  onClick,
  testId,
  children,
}: {
  label: string;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} withinPortal openDelay={300}>
      <ActionIcon
        variant={active ? 'light' : 'subtle'}
        color={active ? 'indigo' : 'gray.7'}
        size="md"
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        // The selection stays in the text while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

function Toolbar({ editor, testId }: { editor: Editor; testId: string }) {
  const { t } = useTranslation();
  const resetImage = useRef<() => void>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      inTable: e.isActive('table'),
      canDeleteRow: e.can().deleteRow(),
      canDeleteColumn: e.can().deleteColumn(),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const addImage = async (file: File | null) => {
    resetImage.current?.();
    if (!file) return;
    const image = await readImage(file);
    if (!image.ok) {
      notifyError(t('libraryUi.editor.imageFailed'), t(`libraryUi.editor.imageProblems.${image.problem}`));
      return;
    }
    chain().setImage({ src: image.src }).run();
  };
  const id = (name: string) => `${testId}-${name}`;
  return (
    <div className={classes.toolbar} role="toolbar" aria-label={t('libraryUi.editor.toolbar')}>
      <ToolButton
        label={t('libraryUi.editor.bold')}
        active={state.bold}
        onClick={() => chain().toggleBold().run()}
        testId={id('bold')}
      >
        <IconBold size={16} />
      </ToolButton>
      <ToolButton
        label={t('libraryUi.editor.italic')}
        active={state.italic}
        onClick={() => chain().toggleItalic().run()}
        testId={id('italic')}
      >
        <IconItalic size={16} />
      </ToolButton>
      <span className={classes.separator} />
      <ToolButton
        label={t('libraryUi.editor.heading', { level: 1 })}
        active={state.h1}
        onClick={() => chain().toggleHeading({ level: 1 }).run()}
        testId={id('h1')}
      >
        <IconH1 size={16} />
      </ToolButton>
      <ToolButton
        label={t('libraryUi.editor.heading', { level: 2 })}
        active={state.h2}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
        testId={id('h2')}
      >
        <IconH2 size={16} />
      </ToolButton>
      <ToolButton
        label={t('libraryUi.editor.heading', { level: 3 })}
        active={state.h3}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
        testId={id('h3')}
      >
        <IconH3 size={16} />
      </ToolButton>
      <span className={classes.separator} />
      <ToolButton
        label={t('libraryUi.editor.bulletList')}
        active={state.bullet}
        onClick={() => chain().toggleBulletList().run()}
        testId={id('bullet')}
      >
        <IconList size={16} />
      </ToolButton>
      <ToolButton
        label={t('libraryUi.editor.orderedList')}
        active={state.ordered}
        onClick={() => chain().toggleOrderedList().run()}
        testId={id('ordered')}
      >
        <IconListNumbers size={16} />
      </ToolButton>
      <span className={classes.separator} />
      <ToolButton
        label={t('libraryUi.editor.insertTable')}
        disabled={state.inTable}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        testId={id('table')}
      >
        <IconTablePlus size={16} />
      </ToolButton>
      {state.inTable && (
        <>
          <ToolButton
            label={t('libraryUi.editor.addRow')}
            onClick={() => chain().addRowAfter().run()}
            testId={id('add-row')}
          >
            <IconRowInsertBottom size={16} />
          </ToolButton>
          <ToolButton
            label={t('libraryUi.editor.deleteRow')}
            disabled={!state.canDeleteRow}
            onClick={() => chain().deleteRow().run()}
            testId={id('delete-row')}
          >
            <IconRowRemove size={16} />
          </ToolButton>
          <ToolButton
            label={t('libraryUi.editor.addColumn')}
            onClick={() => chain().addColumnAfter().run()}
            testId={id('add-column')}
          >
            <IconColumnInsertRight size={16} />
          </ToolButton>
          <ToolButton
            label={t('libraryUi.editor.deleteColumn')}
            disabled={!state.canDeleteColumn}
            onClick={() => chain().deleteColumn().run()}
            testId={id('delete-column')}
          >
            <IconColumnRemove size={16} />
          </ToolButton>
          <ToolButton
            label={t('libraryUi.editor.deleteTable')}
            onClick={() => chain().deleteTable().run()}
            testId={id('delete-table')}
          >
            <IconTableOff size={16} />
          </ToolButton>
        </>
      )}
      <FileButton resetRef={resetImage} accept="image/png,image/jpeg" onChange={(file) => void addImage(file)}>
        {(props) => (
          <Tooltip label={t('libraryUi.editor.image')} withinPortal openDelay={300}>
            <ActionIcon
              {...props}
              variant="subtle"
              color="gray.7"
              size="md"
              aria-label={t('libraryUi.editor.image')}
              data-testid={id('image')}
            >
              <IconPhoto size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </FileButton>
      <span className={classes.separator} />
      <ToolButton
        label={t('libraryUi.editor.undo')}
        disabled={!state.canUndo}
        onClick={() => chain().undo().run()}
        testId={id('undo')}
      >
        <IconArrowBackUp size={16} />
      </ToolButton>
      <ToolButton
        label={t('libraryUi.editor.redo')}
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
        testId={id('redo')}
      >
        <IconArrowForwardUp size={16} />
      </ToolButton>
      <span style={{ flex: 1 }} />
      <MergeFieldMenu testId={id('fields')} onInsert={(field) => chain().insertContent(`{{${field}}}`).run()} />
    </div>
  );
}

interface RichTextEditorProps {
  /** The document when the editor opens; later changes of this prop are ignored (key the editor to reset it). */
  value: RichDoc;
  onChange(doc: RichDoc): void;
  label?: string;
  description?: string;
  error?: string;
  minHeight?: number;
  testId?: string;
}

/**
 * The rich-text editor for library sections and proposal chapters: a Mantine toolbar over Tiptap,
 * producing RichDoc JSON the server accepts as it is.
 */
export function RichTextEditor({
  value,
  onChange,
  label,
  description,
  error,
  minHeight = 180,
  testId = 'rich-editor',
}: RichTextEditorProps) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const [initial] = useState(() => initialContent(value));
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initial,
    onUpdate: ({ editor: e }) => onChangeRef.current(toRichDoc(e.getJSON() as Parameters<typeof toRichDoc>[0])),
    editorProps: {
      attributes: {
        class: classes.doc ?? '',
        'data-testid': `${testId}-content`,
        ...(label ? { 'aria-label': label } : {}),
      },
    },
  });
  return (
    <Input.Wrapper label={label} description={description} error={error} data-testid={testId}>
      <div
        className={`${classes.frame} ${error ? classes.frameError : ''}`}
        style={{ marginTop: label || description ? 4 : 0 }}
      >
        <Toolbar editor={editor} testId={testId} />
        <div
          className={classes.content}
          style={{ ['--rich-min-height' as string]: `${minHeight}px` }}
          onClick={(event) => {
            if (event.target === event.currentTarget) editor.commands.focus('end');
          }}
        >
          <EditorContent editor={editor} />
        </div>
      </div>
    </Input.Wrapper>
  );
}
