/** The last line of defence, outside the layout: never a blank screen, even if the layout fails. */
export function RootError() {
  return (
    <main className="message-page" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown.</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </main>
  );
}
