<?php
// Renders Laravel mail views in one locale, for build_templates7.py: FreeScout's and Monica's (it was
// first written for Bagisto, whose texts the eleventh batch no longer carries; hence its name).
// Usage: php bagisto_text.php DIR LOCALE [BASE_URL [APP_NAME]] < specs.json
// DIR holds the views as build_templates7.blade_to_php compiled them (DIR/views/<ns>/<path>.php)
// and the language files (DIR/lang/<locale>/<ns>.php, Bagisto's <Package>/src/Resources/lang/
// <locale>/app.php; for keys that are the English text, DIR/lang/<locale>.json). Each spec is {view, subject}: the view (`shop::emails.customers.
// forgot-password`) is rendered inside the layout it names in `@component`, the subject is
// trans(subject). Every variable a view uses but those of `vars` is a Stub: any property, call or index of it is a
// Stub, it prints as "Demo", iterates once and is true. Prints one JSON object per spec:
// {subject, body, untranslated, error}; `untranslated` lists the keys the locale lacks (Laravel
// then falls back to English), `error` is set when the view cannot run on the stub values.

class Stub implements ArrayAccess, IteratorAggregate, Countable
{
    public function __get($name) { return new Stub(); }
    public function __isset($name) { return true; }
    public function __call($name, $args) { return new Stub(); }
    public static function __callStatic($name, $args) { return new Stub(); }
    public function __toString(): string { return 'Demo'; }
    public function offsetExists($offset): bool { return true; }
    public function offsetGet($offset): mixed { return new Stub(); }
    public function offsetSet($offset, $value): void {}
    public function offsetUnset($offset): void {}
    public function getIterator(): Iterator { return new ArrayIterator(array(new Stub())); }
    public function count(): int { return 1; }
}

define('BG_URL', $argv[3] ?? 'https://shop.example.com/');
$GLOBALS['bg_dir'] = $argv[1];
$GLOBALS['bg_locale'] = $argv[2];
$GLOBALS['bg_lang'] = array();
$GLOBALS['bg_untranslated'] = array();

function bg_lines($locale, $ns)
{
    $key = "$locale/$ns";
    if (! isset($GLOBALS['bg_lang'][$key])) {
        if ($ns === 'json') {
            $path = $GLOBALS['bg_dir']."/lang/$locale.json";
            $GLOBALS['bg_lang'][$key] = file_exists($path) ? json_decode(file_get_contents($path), true) : array();
        } else {
            $path = $GLOBALS['bg_dir']."/lang/$locale/$ns.php";
            $GLOBALS['bg_lang'][$key] = file_exists($path) ? require $path : array();
        }
    }
    return $GLOBALS['bg_lang'][$key];
}

function bg_lookup(array $lines, $path)
{
    foreach (explode('.', $path) as $part) {
        if (! is_array($lines) || ! array_key_exists($part, $lines)) {
            return null;
        }
        $lines = $lines[$part];
    }
    return is_string($lines) && $lines !== '' ? $lines : null;
}

// Laravel's Translator::get for `ns::file.key` (file is always `app` here) with its fallback to
// English and its replacements (`:name`, `:Name`, `:NAME`, longest names first).
function __($key = null, $replace = array(), $locale = null)
{
    if (! preg_match('/^(\w+)::(\w+)\.(.+)$/', (string) $key, $m)) {
        // A key that is the English text itself: the locale's JSON file (DIR/lang/<locale>.json).
        $json = bg_lines($GLOBALS['bg_locale'], 'json');
        $line = isset($json[$key]) && $json[$key] !== '' ? $json[$key] : null;
        if ($line === null && $json !== array()) {
            $GLOBALS['bg_untranslated'][] = $key;
        }
        $line = $line === null ? (string) $key : $line;
    } else {
        $line = bg_lookup(bg_lines($GLOBALS['bg_locale'], $m[1]), $m[3]);
        if ($line === null) {
            if ($GLOBALS['bg_locale'] !== 'en') {
                $GLOBALS['bg_untranslated'][] = $key;
            }
            $line = bg_lookup(bg_lines('en', $m[1]), $m[3]);
            if ($line === null) {
                return $key;
            }
        }
    }
    $replace = (array) $replace;
    uksort($replace, function ($a, $b) { return strlen($b) - strlen($a); });
    foreach ($replace as $name => $value) {
        $value = (string) $value;
        $line = str_replace(array(':'.$name, ':'.ucfirst($name), ':'.strtoupper($name)),
                            array($value, ucfirst($value), strtoupper($value)), $line);
    }
    return $line;
}

function trans($key = null, $replace = array(), $locale = null) { return __($key, $replace, $locale); }
function e($value) { return htmlspecialchars((string) $value, ENT_QUOTES, 'UTF-8', true); }
function route($name, $params = array(), $absolute = true)
{
    return BG_URL.str_replace('.', '/', $name).($params === array() ? '' : '/5f2c9a0e1b7d');
}
function url($path = '') { return BG_URL.ltrim((string) $path, '/'); }
function asset($path) { return BG_URL.$path; }
function bagisto_asset($path, $ns = null) { return BG_URL.$path; }
function config($key = null, $default = null) { return $key === 'app.name' ? ($GLOBALS['argv'][4] ?? 'Demo Shop') : new Stub(); }
// core(): a stub but for the shop's contact address (the footer of every mail).
class CoreStub extends Stub
{
    public function getContactEmailDetails() { return array('email' => 'support@shop.example.com', 'name' => 'Demo Shop'); }
}
function core() { return new CoreStub(); }

// Facades: Lang translates, any other class (Storage, Webkul\Payment\Payment, …) is a stub.
class Lang
{
    public static function get($key, $replace = array()) { return __($key, $replace); }
}
spl_autoload_register(function ($class) {
    $pos = strrpos($class, '\\');
    $ns = $pos === false ? '' : substr($class, 0, $pos);
    $short = $pos === false ? $class : substr($class, $pos + 1);
    eval(($ns !== '' ? "namespace $ns; " : '')."class $short extends \\Stub {}");
});
function app($name = null) { return new Stub(); }
function auth($guard = null) { return new Stub(); }
function request() { return new Stub(); }
function now() { return new Stub(); }

function bg_render($view, array $vars)
{
    $file = $GLOBALS['bg_dir'].'/views/'.str_replace(array('::', '.'), '/', $view).'.php';
    preg_match_all('/\$([A-Za-z_]\w*)/', file_get_contents($file), $m);
    foreach (array_unique($m[1]) as $name) {
        if (! in_array($name, array('this', 'slot', 'section'), true) && ! array_key_exists($name, $vars)) {
            $vars[$name] = new Stub();
        }
    }
    extract($vars);
    ob_start();
    try {
        include $file;
    } finally {
        $out = ob_get_clean();
    }
    return $out;
}

$specs = json_decode(file_get_contents('php://stdin'), true);
foreach ($specs as $spec) {
    $GLOBALS['bg_untranslated'] = array();
    $error = null;
    $body = '';
    try {
        $body = bg_render($spec['view'], $spec['vars']);
        if ($spec['layout'] !== null) {
            // a `@component` layout gets the view as $slot, an `@extends` layout as $section
            $body = bg_render($spec['layout'], array($spec['extends'] ?? false ? 'section' : 'slot' => $body) + $spec['vars']);
        }
    } catch (Throwable $t) {
        $error = get_class($t).': '.$t->getMessage();
    }
    $subject = __($spec['subject'], $spec['subject_replace'] ?? array());
    echo json_encode(array('subject' => $subject, 'body' => $body, 'untranslated' => $GLOBALS['bg_untranslated'],
                           'error' => $error), JSON_UNESCAPED_UNICODE), "\n";
}
