import { NumberInput, type NumberInputProps } from "@mantine/core";
import { useLanguage } from "../../i18n/format";

/** A number typed the way of the UI language: "1.234,5" in Indonesian, "1,234.5" in English. */
export function DecimalInput(props: NumberInputProps) {
  const lang = useLanguage();
  return (
    <NumberInput
      thousandSeparator={lang === "en" ? "," : "."}
      decimalSeparator={lang === "en" ? "." : ","}
      hideControls
      {...props}
    />
  );
}

/** Whole Rupiah, grouped in thousands. */
export function RupiahInput(props: NumberInputProps) {
  return <DecimalInput allowDecimal={false} allowNegative={false} min={0} leftSection="Rp" {...props} />;
}
