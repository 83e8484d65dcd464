"use client";

import { useTranslations } from "next-intl";

type Common = { name: string; label: string; error?: string; hint?: string; defaultValue?: string; required?: boolean };

function Message({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  const t = useTranslations("errors.fields");
  if (error) {
    return (
      <p id={id} role="alert" className="mt-1 text-sm text-red-700">
        {t.has(error) ? t(error) : error}
      </p>
    );
  }
  return hint ? (
    <p id={id} className="mt-1 text-sm text-slate-500">
      {hint}
    </p>
  ) : null;
}

const inputClass = (error?: string) =>
  `mt-1 block w-full rounded border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"} focus:border-brand-600 focus:outline-none`;

/** What every text-like control shares: id, name, value, validity and its message. */
function controlProps(p: Common) {
  const id = `f-${p.name}`;
  return {
    id,
    name: p.name,
    defaultValue: p.defaultValue,
    required: p.required,
    "aria-invalid": p.error ? true : undefined,
    "aria-describedby": p.error || p.hint ? `${id}-msg` : undefined,
    className: inputClass(p.error),
  };
}

/** A label above the control and the error or hint below it. */
function Labelled({ p, children }: { p: Common; children: React.ReactNode }) {
  const id = `f-${p.name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {p.label}
      </label>
      {children}
      <Message id={`${id}-msg`} error={p.error} hint={p.hint} />
    </div>
  );
}

export function TextField({ type = "text", autoComplete, ...p }: Common & { type?: string; autoComplete?: string }) {
  return (
    <Labelled p={p}>
      <input type={type} autoComplete={autoComplete} {...controlProps(p)} />
    </Labelled>
  );
}

export function SelectField({
  options,
  placeholder,
  onChange,
  ...p
}: Common & { options: { value: string; label: string }[]; placeholder: string; onChange?: (value: string) => void }) {
  const id = `f-${p.name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {p.label}
      </label>
      <select
        id={id}
        name={p.name}
        defaultValue={p.defaultValue ?? ""}
        required={p.required}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={p.error ? `${id}-msg` : undefined}
        className={inputClass(p.error)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Message id={`${id}-msg`} error={p.error} />
    </div>
  );
}

export function TextAreaField({ rows = 4, ...p }: Common & { rows?: number }) {
  return (
    <Labelled p={p}>
      <textarea rows={rows} {...controlProps(p)} />
    </Labelled>
  );
}

/** Checkboxes sharing one name; `defaultValue` is the comma-joined list of checked values. */
export function CheckboxGroup({ options, columns = 2, ...p }: Common & { options: { value: string; label: string }[]; columns?: number }) {
  const checked = new Set((p.defaultValue ?? "").split(",").filter(Boolean));
  const id = `f-${p.name}`;
  return (
    <fieldset aria-describedby={p.error ? `${id}-msg` : undefined}>
      <legend className="text-sm font-medium">{p.label}</legend>
      <div className={`mt-1 grid gap-1 text-sm ${columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="checkbox" name={p.name} value={o.value} defaultChecked={checked.has(o.value)} className="mt-1" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <Message id={`${id}-msg`} error={p.error} hint={p.hint} />
    </fieldset>
  );
}
