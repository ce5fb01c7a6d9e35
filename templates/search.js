// bhxh-report: the search box of units/index.html. It filters the list already on the page (which
// stays whole without JavaScript): a unit is shown when what was typed starts a word of its name, its
// code or its province's name, as a phrase or else word by word in any order, ignoring accents and
// case ("lang son" finds "Lạng Sơn" and its communes; "tan hoa" finds "Xã Tân Hòa"). Works from
// file:// (no fetch). The address may carry a query: units/index.html#q=lang%20son.
(function () {
  'use strict';
  var box = document.querySelector('.unit-search');
  var input = document.getElementById('tim-don-vi');
  var result = document.getElementById('ket-qua-tim');
  if (!box || !input || !result) { return; }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }

  var groups = Array.prototype.map.call(document.querySelectorAll('.unit-group'), function (group) {
    var heading = group.querySelector('h2');
    var head = heading ? fold(heading.textContent) : '';
    return {
      element: group, head: head,
      items: Array.prototype.map.call(group.querySelectorAll('li'), function (item) {
        return { element: item, text: ' ' + fold(item.textContent) + ' ' + head };
      })
    };
  });

  // True when every word starts a word of `text` (both folded, `text` with a space in front).
  function found(text, words) {
    for (var i = 0; i < words.length; i += 1) {
      if (text.indexOf(' ' + words[i]) < 0) { return false; }
    }
    return true;
  }

  // Shows the units that have the whole query as a phrase ("tan hoa": Xã Tân Hòa) or, when none
  // has, those that have each of its words (in any order, in the name, code or province).
  function show(words, test) {
    var shown = 0;
    groups.forEach(function (group) {
      var any = group.items.length === 0 && test(' ' + group.head, words);
      if (any && words.length) { shown += 1; }
      group.items.forEach(function (item) {
        var match = test(item.text, words);
        item.element.hidden = !match;
        if (match) { any = true; shown += 1; }
      });
      group.element.hidden = !any;
    });
    return shown;
  }

  function filter() {
    var query = fold(input.value);
    var words = query ? query.split(' ') : [];
    var shown = words.length > 1 ? show([query], found) : 0;
    if (!shown) { shown = show(words, found); }
    result.textContent = !words.length ? '' : shown ? 'Tìm thấy ' + shown.toLocaleString('vi-VN') + ' đơn vị.'
      : 'Không tìm thấy đơn vị nào.';
  }

  var hash = /^#q=(.*)$/.exec(window.location.hash);
  if (hash) {
    try { input.value = decodeURIComponent(hash[1].replace(/\+/g, ' ')); } catch (error) { input.value = hash[1]; }
  }
  box.hidden = false;
  input.addEventListener('input', filter);
  filter();
})();
