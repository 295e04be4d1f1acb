export function Kicker({ text, breaking }: { text: string; breaking: boolean }) {
  return <p className={breaking ? 'kicker kicker--breaking' : 'kicker'}>{text}</p>;
}
