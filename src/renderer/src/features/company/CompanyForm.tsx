import {
  Box,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_COMPANY, type CompanyProfile, type CompanyProfileInput } from '../../../../shared/api/company';
import { LOCALES } from '../../../../shared/locale';
import { CallError } from '../../api/client';
import { useAction } from '../../api/queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { LogoField } from './LogoField';

function toInput(profile: CompanyProfile | null): CompanyProfileInput {
  if (!profile) return EMPTY_COMPANY;
  const { isDemo: _isDemo, updatedAt: _updatedAt, ...input } = profile;
  return input;
}

/** Field errors from the contract, keyed as the form's fields ("logo.mime" shows on the logo). */
function formErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) errors[path.split('.')[0] ?? path] ??= message;
  return errors;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function CompanyForm({ profile }: { profile: CompanyProfile | null }) {
  const { t } = useTranslation();
  const form = useForm<CompanyProfileInput>({ mode: 'controlled', initialValues: toInput(profile) });
  const save = useAction('company.save', ['company.get', 'demo.status', 'db.info']);

  const submit = form.onSubmit(async (values) => {
    form.clearErrors();
    try {
      await save.mutateAsync(values);
      notifySuccess(t('company.saved'));
    } catch (error) {
      if (error instanceof CallError) {
        form.setErrors(formErrors(error.error.fields));
        // Take the user to the first field to fix, once React has marked it invalid.
        requestAnimationFrame(() => {
          const first = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
          first?.scrollIntoView({ block: 'center' });
          first?.focus({ preventScroll: true });
        });
      }
      notifyError(t('common.error'), error);
    }
  });

  const text = (
    field: Exclude<keyof CompanyProfileInput, 'logo' | 'defaultLanguage' | 'defaultVatMode'>,
    extra = {},
  ) => (
    <TextInput
      label={t(`company.fields.${field}`)}
      data-testid={`company-${field}`}
      {...form.getInputProps(field)}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Section title={t('company.sections.identity')}>
          <SimpleGrid cols={2}>
            {text('name', { withAsterisk: true })}
            {text('shortName')}
            {text('taxId', { description: t('company.hints.taxId') })}
          </SimpleGrid>
          <Box mt="md">
            <LogoField
              value={form.values.logo}
              onChange={(logo) => form.setFieldValue('logo', logo)}
              error={form.errors.logo as string | undefined}
            />
          </Box>
        </Section>
        <Section title={t('company.sections.contact')}>
          <SimpleGrid cols={2}>
            {text('address')}
            {text('phone')}
            {text('email')}
            {text('website')}
          </SimpleGrid>
        </Section>
        <Section title={t('company.sections.finance')}>
          <SimpleGrid cols={2}>
            {text('bankName')}
            {text('bankAccount')}
            {text('representative')}
          </SimpleGrid>
        </Section>
        <Section title={t('company.sections.documents')}>
          <SimpleGrid cols={2}>
            <Select
              label={t('company.fields.defaultLanguage')}
              data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
              allowDeselect={false}
              data-testid="company-defaultLanguage"
              {...form.getInputProps('defaultLanguage')}
            />
            <Input.Wrapper label={t('company.fields.defaultVatMode')} error={form.errors.defaultVatMode}>
              <SegmentedControl
                display="flex"
                mt={4}
                data-testid="company-defaultVatMode"
                data={[
                  { value: 'inclusive', label: t('company.vatMode.inclusive') },
                  { value: 'exclusive', label: t('company.vatMode.exclusive') },
                ]}
                {...form.getInputProps('defaultVatMode')}
              />
            </Input.Wrapper>
          </SimpleGrid>
        </Section>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
            {t('company.reset')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={18} />}
            data-testid="company-save"
          >
            {t('company.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
