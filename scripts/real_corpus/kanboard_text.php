<?php
// Renders Kanboard's mail templates in one locale, for build_templates7.py.
// Usage: php kanboard_text.php TEMPLATE_DIR TRANSLATIONS_PHP_OR_EMPTY < specs.json
// TEMPLATE_DIR is a copy of Kanboard's app/Template; TRANSLATIONS_PHP is the locale's
// app/Locale/<code>/translations.php (empty for English). Each spec is
// {template, vars, subject: [format, args...]}; the template is rendered as Kanboard's
// Template::render does (the variables extracted, `$this` the helpers below) and the subject as
// e(format, args...). Prints one JSON object per spec: {subject, body, untranslated}, where
// `untranslated` lists the strings the locale lacks (Kanboard then sends the English one).

$GLOBALS['kb_strings'] = $argv[2] !== '' ? require $argv[2] : array();
$GLOBALS['kb_english'] = $argv[2] === '';
$GLOBALS['kb_untranslated'] = array();
const KB_URL = 'https://kanboard.example.com/';

function kb_get($identifier)
{
    $s = $GLOBALS['kb_strings'];
    if (isset($s[$identifier]) && $s[$identifier] !== '') {
        return $s[$identifier];
    }
    if (! $GLOBALS['kb_english']) {
        $GLOBALS['kb_untranslated'][] = $identifier;
    }
    return $identifier;
}

// Translator::translate: the arguments HTML-escaped, then sprintf.
function t()
{
    $args = func_get_args();
    $format = kb_get(array_shift($args));
    foreach ($args as &$arg) {
        $arg = htmlspecialchars((string) $arg, ENT_QUOTES, 'UTF-8', false);
    }
    return vsprintf($format, $args);
}

// Translator::translateNoEscaping.
function e()
{
    $args = func_get_args();
    $format = kb_get(array_shift($args));
    return vsprintf($format, $args);
}

// Translator::number (the separators default to "." and "," as there).
function n($value)
{
    $s = $GLOBALS['kb_strings'];
    return number_format($value, 2, isset($s['number.decimals_separator']) ? $s['number.decimals_separator'] : '.',
                         isset($s['number.thousands_separator']) ? $s['number.thousands_separator'] : ',');
}

class KbText
{
    public function e($s) { return htmlspecialchars((string) $s, ENT_QUOTES, 'UTF-8', false); }
    public function markdown($s, $public = false) { return '<p>'.$this->e($s).'</p>'; }
}

class KbDate
{
    public function datetime($ts) { return '2026-11-27 10:00'; }
    public function date($ts) { return '2026-11-27'; }
}

class KbUrl
{
    public function to($controller, $action, array $params = array(), $anchor = '', $absolute = false)
    {
        $q = http_build_query(array_merge(array('controller' => $controller, 'action' => $action), $params));
        return ($absolute ? KB_URL : '').'?'.$q.($anchor !== '' ? '#'.$anchor : '');
    }
    public function href($controller, $action, array $params = array(), $csrf = false, $anchor = '', $absolute = false)
    {
        return $this->to($controller, $action, $params, $anchor, $absolute);
    }
    public function absoluteLink($label, $controller, $action, array $params = array())
    {
        return '<a href="'.$this->to($controller, $action, $params, '', true).'">'.$label.'</a>';
    }
}

class KbApp
{
    public function config($name, $default = '') { return $name === 'application_url' ? KB_URL : $default; }
}

class KbTemplate
{
    public $text, $dt, $url, $app;
    private $dir;

    public function __construct($dir)
    {
        $this->dir = $dir;
        $this->text = new KbText();
        $this->dt = new KbDate();
        $this->url = new KbUrl();
        $this->app = new KbApp();
    }

    public function render($__template_name, array $__template_args = array())
    {
        extract($__template_args);
        ob_start();
        include $this->dir.'/'.$__template_name.'.php';
        return ob_get_clean();
    }
}

$tpl = new KbTemplate($argv[1]);
$specs = json_decode(file_get_contents('php://stdin'), true);
foreach ($specs as $spec) {
    $GLOBALS['kb_untranslated'] = array();
    $body = $tpl->render($spec['template'], $spec['vars']);
    $subject = call_user_func_array('e', $spec['subject']);
    echo json_encode(array('subject' => $subject, 'body' => $body,
                           'untranslated' => $GLOBALS['kb_untranslated']), JSON_UNESCAPED_UNICODE), "\n";
}
