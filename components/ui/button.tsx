const styles = {
  primary: "bg-accent text-accent-ink hover:opacity-90",
  secondary: "bg-paper text-ink ring-1 ring-rule hover:bg-paper-2",
  danger: "bg-danger text-paper hover:opacity-90",
} as const;

export function Button({ variant = "primary", className = "", ...props }: { variant?: keyof typeof styles } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${styles[variant]} ${className}`} {...props} />;
}
