import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/react';
import { MERGE_FIELD, MERGE_FIELD_NAMES } from '../../../../shared/proposals/merge-fields';

const KNOWN = new Set<string>(MERGE_FIELD_NAMES);

/** Shows `{{customer.name}}` as a field while editing, and an unknown field in red. */
export const MergeFieldHighlight = Extension.create({
  name: 'mergeFieldHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('mergeFieldHighlight'),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            state.doc.descendants((node, pos) => {
              if (!node.isText || !node.text) return;
              for (const match of node.text.matchAll(MERGE_FIELD)) {
                const from = pos + (match.index ?? 0);
                const known = KNOWN.has(match[1] ?? '');
                decorations.push(
                  Decoration.inline(from, from + match[0].length, {
                    class: known ? 'merge-field' : 'merge-field merge-field-unknown',
                  }),
                );
              }
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
