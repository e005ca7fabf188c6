import { Alert, Modal, Table, Text } from '@mantine/core';

/** A refused file: its name, the service's message, and each problem at its place in the file. */
export interface ImportFailure {
  fileName: string;
  message: string;
  fields: [string, string][];
}

interface ImportFailureModalProps {
  failure: ImportFailure | null;
  onClose(): void;
  title: string;
  placeLabel: string;
  problemLabel: string;
  hint: string;
  /** A field path as a person counts it ("第 2 组 › 第 3 行 › code"); the raw path is shown below it. */
  describePlace(path: string): string;
  testIds: { modal: string; message: string; row: string };
}

/**
 * Why an imported file was refused: one row per problem, where it is and what is wrong, so the
 * file can be fixed and chosen again. Nothing was changed by the refused import.
 */
export function ImportFailureModal({
  failure,
  onClose,
  title,
  placeLabel,
  problemLabel,
  hint,
  describePlace,
  testIds,
}: ImportFailureModalProps) {
  return (
    <Modal opened={failure !== null} onClose={onClose} title={title} size="xl" data-testid={testIds.modal}>
      {failure && (
        <>
          <Alert color="red" mb="md">
            <Text size="sm" data-testid={testIds.message}>
              {failure.message}
            </Text>
          </Alert>
          {failure.fields.length > 0 && (
            <Table fz="sm" striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="40%">{placeLabel}</Table.Th>
                  <Table.Th>{problemLabel}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failure.fields.map(([key, message]) => (
                  <Table.Tr key={key} data-testid={testIds.row} data-path={key}>
                    <Table.Td>
                      <Text size="sm">{describePlace(key)}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {key}
                      </Text>
                    </Table.Td>
                    <Table.Td>{message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="xs" c="dimmed" mt="md">
            {hint}
          </Text>
        </>
      )}
    </Modal>
  );
}
