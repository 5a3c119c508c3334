// Renders Ghost's member e-mail templates (from the `ghost` npm package) in one locale, for
// build_templates7.py. Usage: node ghost_text.js GHOST_DIR LOCALES_DIR LOCALE < specs.json
// Each spec is {file, export, data, subject: [key, vars]}: `file` is a template module under
// GHOST_DIR; with `export` null it is called as fn({t, ...data}) (the HTML member mails), else
// as module[export](data, t) (the plain-text gift and comment mails). Prints one JSON object per
// spec: {subject, body, untranslated}, where `untranslated` lists the keys the locale's
// ghost.json lacks or leaves empty (Ghost then sends the English key).
'use strict';
const fs = require('fs');
const path = require('path');

const [ghostDir, localesDir, locale] = process.argv.slice(2);
const strings = locale === 'en' ? {} :
    JSON.parse(fs.readFileSync(path.join(localesDir, locale, 'ghost.json'), 'utf8'));
const plural = new Intl.PluralRules(locale);

function makeT(untranslated) {
    // i18next as Ghost configures it: the key is the English text, `{name}` interpolates, an
    // empty or missing value falls back to the key, `count` picks the `<key>_<plural form>` entry.
    return (key, opts = {}) => {
        let value;
        if ('count' in opts) {
            value = strings[`${key}_${plural.select(opts.count)}`];
        }
        value = value || strings[key];
        if (!value) {
            if (locale !== 'en') {
                untranslated.push(key);
            }
            value = key;
        }
        return value.replace(/\{(\w+)\}/g, (m, name) => (name in opts ? String(opts[name]) : m));
    };
}

const specs = JSON.parse(fs.readFileSync(0, 'utf8'));
for (const spec of specs) {
    const untranslated = [];
    const t = makeT(untranslated);
    const mod = require(path.join(ghostDir, spec.file));
    const body = spec.export === null ? mod({t, ...spec.data}) : mod[spec.export](spec.data, t);
    const subject = t(spec.subject[0], spec.subject[1] || {});
    process.stdout.write(JSON.stringify({subject, body, untranslated}) + '\n');
}
