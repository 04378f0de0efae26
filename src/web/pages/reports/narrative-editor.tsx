import '@mantine/tiptap/styles.css';
import { Stack, Text, Title } from '@mantine/core';
import { RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { Placeholder } from '@tiptap/extensions';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportForm } from '../../api/reports.ts';
import { type ReportsTranslateFn, useReportsT } from '../../i18n/reports-messages.ts';
import type { InsertRequest } from './narrative-draft.ts';
import { sectionNumber } from './report-values.ts';

type Section = ReportForm['sections'][number];

/** Toolbar labels in the interface language (the editor's own are English). */
function editorLabels(t: ReportsTranslateFn): Partial<RichTextEditorLabels> {
  return {
    boldControlLabel: t('editor.bold'),
    italicControlLabel: t('editor.italic'),
    underlineControlLabel: t('editor.underline'),
    strikeControlLabel: t('editor.strike'),
    clearFormattingControlLabel: t('editor.clear'),
    h3ControlLabel: t('editor.h3'),
    h4ControlLabel: t('editor.h4'),
    bulletListControlLabel: t('editor.bulletList'),
    orderedListControlLabel: t('editor.orderedList'),
    blockquoteControlLabel: t('editor.blockquote'),
    undoControlLabel: t('editor.undo'),
    redoControlLabel: t('editor.redo'),
  };
}

/**
 * One section's rich-text editor (memoised: typing in one section leaves the others alone). It offers only what the server keeps (paragraphs, bold, italic,
 * underline, strike, lists, two heading levels, quotes): links, code and rules are switched off,
 * so what the writer sees is what the Word file and the level above will see.
 */
const SectionEditor = memo(function SectionEditor({
  section,
  value,
  labels,
  insertRequest,
  onChange,
  onFocus,
}: {
  section: Section;
  value: string;
  labels: Partial<RichTextEditorLabels>;
  insertRequest: InsertRequest | null;
  onChange: (key: string, html: string) => void;
  onFocus: (key: string) => void;
}) {
  // The editor compares its options on every render and reconfigures itself when they differ:
  // they are built once, and the text is read only at the start (the editor owns it afterwards).
  const [initialContent] = useState(value);
  const extensions = useMemo(
    () => [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: false,
      }),
      Placeholder.configure({ placeholder: section.guidance }),
    ],
    [section.guidance],
  );
  const editorProps = useMemo(
    () => ({ attributes: { 'aria-label': section.heading, role: 'textbox', 'aria-multiline': 'true' } }),
    [section.heading],
  );
  const editor = useEditor({
    extensions,
    content: initialContent,
    editorProps,
    // The toolbar follows the editor through its own subscriptions; the rest need not re-render per keystroke.
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: current }) => onChange(section.key, current.isEmpty ? '' : current.getHTML()),
    onFocus: () => onFocus(section.key),
  });

  // A request made before this editor existed is not for it: only later ones are carried out.
  const handledRef = useRef(insertRequest?.id ?? 0);
  useEffect(() => {
    if (!editor || !insertRequest || insertRequest.sectionKey !== section.key) return;
    if (insertRequest.id === handledRef.current) return;
    handledRef.current = insertRequest.id;
    editor.chain().focus('end').insertContent(insertRequest.html).run();
  }, [editor, insertRequest, section.key]);

  return (
    <RichTextEditor editor={editor} labels={labels} data-section={section.key}>
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Underline />
          <RichTextEditor.Strikethrough />
          <RichTextEditor.ClearFormatting />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H3 />
          <RichTextEditor.H4 />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
          <RichTextEditor.Blockquote />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content mih={140} />
    </RichTextEditor>
  );
});

/** The narrative of a report being written: a heading, its guidance and an editor per section. */
export function NarrativeEditor({
  sections,
  drafts,
  insertRequest,
  onChange,
  onFocusSection,
}: {
  sections: Section[];
  drafts: Record<string, string>;
  insertRequest: InsertRequest | null;
  onChange: (key: string, html: string) => void;
  onFocusSection: (key: string) => void;
}) {
  const t = useReportsT();
  const labels = useMemo(() => editorLabels(t), [t]);
  return (
    <Stack gap="lg">
      {sections.map((section, index) => (
        <Stack key={section.key} gap={6} component="section" aria-labelledby={`section-${section.key}`}>
          <Title order={4} id={`section-${section.key}`}>
            {`${sectionNumber(index)}. ${section.heading}`}
          </Title>
          <Text size="sm" c="dimmed">
            {section.guidance}
          </Text>
          <SectionEditor
            section={section}
            value={drafts[section.key] ?? ''}
            labels={labels}
            insertRequest={insertRequest}
            onChange={onChange}
            onFocus={onFocusSection}
          />
        </Stack>
      ))}
    </Stack>
  );
}
