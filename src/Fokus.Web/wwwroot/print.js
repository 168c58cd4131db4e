// The report's print button. A listener on the document, not an onclick attribute: the Content-Security-Policy
// refuses inline event handlers, and Blazor may re-render the button at any time.
document.addEventListener('click', e => {
    if (e.target instanceof Element && e.target.closest('[data-fokus-print]')) window.print();
});
