import { createTheme, Select } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "blue",
  defaultRadius: "md",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
  headings: { fontWeight: "700" },
  components: {
    // A closed select keeps no hidden listbox in the page: that listbox carries the field's label too,
    // so "the field labelled Jenis" would otherwise be two elements for assistive tech and tests.
    Select: Select.extend({ defaultProps: { comboboxProps: { keepMounted: false } } }),
  },
});
