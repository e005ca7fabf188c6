import { Button, FileButton, Group, Image, Input, Paper, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Logo } from '../../../../shared/api/company';

interface LogoFieldProps {
  value: Logo | null;
  onChange(value: Logo | null): void;
  error?: string;
}

function readAsLogo(file: File): Promise<Logo> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const [, dataBase64 = ''] = String(reader.result).split(',', 2);
      resolve({ mime: file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png', dataBase64 });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Logo preview with choose/remove; the main process checks type and size on save. */
export function LogoField({ value, onChange, error }: LogoFieldProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('company.fields.logo')} description={t('company.hints.logo')} error={error}>
      <Group mt={6} align="center">
        <Paper withBorder w={160} h={72} p={6} radius="sm" bg="white">
          {value ? (
            <Image
              src={`data:${value.mime};base64,${value.dataBase64}`}
              alt={t('company.fields.logo')}
              h="100%"
              fit="contain"
              data-testid="logo-preview"
            />
          ) : (
            <Text size="xs" c="dimmed" ta="center" lh="60px">
              —
            </Text>
          )}
        </Paper>
        <FileButton accept="image/png,image/jpeg" onChange={(file) => file && void readAsLogo(file).then(onChange)}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} />} data-testid="logo-choose">
              {t('company.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => onChange(null)}>
            {t('company.removeLogo')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
