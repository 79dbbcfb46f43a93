/* global document */
// Builds the parts every fidelity app page shares: form fields, an inner
// scrolling log, filler content for window scrolling and a modal dialog.
(function () {
  const main = document.querySelector('main');
  const lines = Array.from(
    { length: 40 },
    (_, index) => `<p>Log line ${index + 1}: ${'event '.repeat(12)}</p>`,
  ).join('');
  const blocks = Array.from(
    { length: 12 },
    (_, index) => `<div>Filler block ${index + 1}</div>`,
  ).join('');

  main.insertAdjacentHTML(
    'beforeend',
    `<section class="card">
      <h2>Form</h2>
      <div class="fields">
        <label>Name <input id="name" type="text" placeholder="Your name"></label>
        <label><input id="agree" type="checkbox"> I agree</label>
        <label><input type="radio" name="size" id="size-s" value="s" checked> Small</label>
        <label><input type="radio" name="size" id="size-l" value="l"> Large</label>
        <label>Plan <select id="plan">
          <option value="free">Free</option>
          <option value="team">Team</option>
          <option value="enterprise">Enterprise</option>
        </select></label>
        <label>Notes <textarea id="notes" rows="3">Initial note</textarea></label>
      </div>
    </section>
    <section class="card"><h2>Log</h2><div id="scroller">${lines}</div></section>
    <section class="card filler">${blocks}</section>`,
  );

  document.body.insertAdjacentHTML(
    'beforeend',
    `<dialog id="modal">
      <form method="dialog">
        <p>A modal dialog.</p>
        <label>Reason <input id="modal-input" type="text"></label>
        <button id="modal-close" value="close">Close</button>
      </form>
    </dialog>`,
  );

  const modal = document.getElementById('modal');
  document
    .getElementById('open-modal')
    .addEventListener('click', () => modal.showModal());
})();
