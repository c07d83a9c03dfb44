// The download page without reloading it: the code is posted to this page's own address, the PDF
// saved, and a refusal shown in the page's alert region. Without scripts the form posts the same
// way and the browser saves the PDF or shows the refusal itself.
(function () {
  'use strict';
  var form = document.getElementById('code-form');
  var message = document.getElementById('message');
  var input = document.getElementById('code');
  if (!form || !window.fetch || !window.URL) {
    return;
  }

  function show(text, kind) {
    message.innerHTML = '';
    var p = document.createElement('p');
    p.className = kind;
    p.textContent = text;
    message.appendChild(p);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!input.value.trim()) {
      show('Type the code we sent you.', 'error');
      input.focus();
      return;
    }
    var button = form.querySelector('button');
    button.disabled = true;
    show('Checking your code\u2026', 'done');
    fetch(window.location.pathname, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Accept': 'application/pdf, application/problem+json' },
      body: new URLSearchParams({ code: input.value })
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (response.ok && type.indexOf('application/pdf') === 0) {
        return response.blob().then(function (pdf) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(pdf);
          link.download = 'response.pdf';
          link.textContent = 'Save the response again';
          document.body.appendChild(link);
          link.click();
          show('Your response has been downloaded as response.pdf. You can download it again with the same code until the link expires.', 'done');
          message.appendChild(link);
        });
      }
      return response.json().then(function (problem) {
        show(problem.detail || 'Something went wrong. Please try again.', 'error');
        input.focus();
      });
    }).catch(function () {
      show('We could not reach the server. Please check your connection and try again.', 'error');
    }).then(function () {
      button.disabled = false;
    });
  });
}());
