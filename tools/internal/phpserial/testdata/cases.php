<?php
// Builds serialized test values with PHP's own serialize(). Each case is a
// function of the site URL: the input uses the production URL, the
// expected output the same structure with the staging URL, so the lengths
// in "want" are PHP's, not ours.
error_reporting(E_ALL & ~E_DEPRECATED);

class WidgetBox { public $title; protected $link; private $items;
  function __construct($t, $l, $i) { $this->title = $t; $this->link = $l; $this->items = $i; } }
class LegacySer implements Serializable {
  public $data;
  function __construct($d) { $this->data = $d; }
  function serialize() { return serialize($this->data); }
  function unserialize($s) { $this->data = unserialize($s); }
}

$cases = [
  'string' => fn($u) => "$u/about/",
  'array' => fn($u) => ['home' => $u, 'n' => 3, 'f' => 0.1, 'ok' => true, 'none' => null],
  'url in key' => fn($u) => ["$u/a" => 1, 7 => "$u"],
  'nested' => fn($u) => ['a' => ['b' => ['c' => ['d' => "<img src=\"$u/wp-content/x.jpg\">"]]]],
  'double serialized' => fn($u) => ['inner' => serialize(['url' => "$u/x", 'deep' => serialize("$u")])],
  'json inside' => fn($u) => ['json' => json_encode(['u' => "$u/x", 'list' => ["$u"]])],
  'object with protected and private' => fn($u) => new WidgetBox("Go to $u", "$u/link", ["$u/1", "$u/2"]),
  'stdClass' => fn($u) => (object)['url' => $u, 'sub' => (object)['u' => "$u/s"]],
  'custom C payload' => fn($u) => new LegacySer(['url' => "$u/c", 'n' => 1]),
  'floats kept' => fn($u) => [1.0E+25, -0.0, 3.14159, INF, -INF, NAN, $u],
  'references' => function($u) { $x = ["$u"]; $a = ['p' => &$x, 'q' => &$x, 'o' => $o = new stdClass, 'r' => $o]; return $a; },
  'multibyte' => fn($u) => ["ünïcödé ✓ $u/ü", "日本語 $u"],
  'protocol relative and escaped' => fn($u) => ['pr' => str_replace('https:', '', $u) . '/a.js', 'enc' => urlencode("$u/x")],
  'empty and zero' => fn($u) => ['', '0', 0, [], $u],
  'binary bytes' => fn($u) => ["\x00\x01\xff" . $u . "\xfe"],
];
$out = [];
foreach ($cases as $name => $mk) {
  $out[] = ['name' => $name, 'in' => base64_encode(serialize($mk('https://www.example.com'))),
            'want' => base64_encode(serialize($mk('https://staging.example.org/site')))];
}
echo json_encode($out);
