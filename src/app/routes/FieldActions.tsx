import type { ReactNode } from 'react';
import { FieldActionContext, type FieldAction } from '@/components/FieldList';
import { CorrectieLink } from '@/features/correcties/components/CorrectieLink';
import type { RegistryId } from '@/lib/registry-view';

/** "Klopt dit niet?" on every field of a registry's detail page: features meet here, not in each other. */
export function WithCorrectieLinks({ registry, children }: { registry: RegistryId; children: ReactNode }) {
  const action: FieldAction = { registry, render: (field) => <CorrectieLink registry={registry} field={field} /> };
  return <FieldActionContext.Provider value={action}>{children}</FieldActionContext.Provider>;
}
