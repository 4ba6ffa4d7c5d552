<?php
// Builds URL-boundary cases with PHP's own functions (serialize(),
// json_encode(), rawurlencode(), and the escapes WordPress core's
// serialize_block_attributes() writes). Each case is a function of the
// site URL: "in" uses the production URL, "want" the same with the staging
// URL, or "in" itself for occurrences that must stay.
error_reporting(E_ALL);
const PROD = 'https://www.example.com';
const STAGING = 'https://staging.example.org';

// WordPress core, wp-includes/blocks.php: serialize_block_attributes()
function block_attrs($attrs) {
  $s = json_encode($attrs, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
  $s = preg_replace('/--/', '\\u002d\\u002d', $s);
  $s = preg_replace('/</', '\\u003c', $s);
  $s = preg_replace('/>/', '\\u003e', $s);
  $s = preg_replace('/&/', '\\u0026', $s);
  $s = preg_replace('/\\\\"/', '\\u0022', $s);
  return $s;
}

$rewritten = [
  'oEmbed URL alone on its line' => fn($u) => "<p>Intro</p>\n\n$u/2023/01/post/\n\n<p>More</p>",
  'embed block wrapper' => fn($u) => "<!-- wp:embed {\"url\":\"$u/x/\"} -->\n<figure><div class=\"wp-block-embed__wrapper\">\n$u/x/\n</div></figure>\n<!-- /wp:embed -->",
  'CRLF before a URL' => fn($u) => "line\r\n$u/a\r\n",
  'tab before a URL' => fn($u) => "a\t$u/b",
  'URL-encoded quotes (page builders)' => fn($u) => "background:url(%22$u/wp-content/bg.jpg%22)",
  'block attributes with \\u0022 and \\u003c' => fn($u) => '<!-- wp:image ' . block_attrs(['caption' => "<a href=\"$u\">here</a> & <b>$u/x</b>", 'url' => "$u/img.jpg"]) . ' /-->',
  'block attribute after \\u002d\\u002d' => fn($u) => '<!-- wp:x ' . block_attrs(['note' => "--$u/n"]) . ' /-->',
  'JSON newline before a URL' => fn($u) => json_encode(['text' => "first\n$u/x"]),
  'serialized inside white space' => fn($u) => "\n" . serialize(['home' => $u, 'list' => ["$u/a"]]) . "\r\n",
  'serialized after spaces' => fn($u) => "  " . serialize("$u/p"),
  'rawurlencode' => fn($u) => 'u=' . rawurlencode("$u/a b"),
  'sentence end after a URL' => fn($u) => "See $u. Then $u/x.",
];
$kept = [
  'URL-encoded with a port' => 'u=' . rawurlencode(PROD . ':8443/x'),
  'JSON-escaped with a port' => json_encode(['u' => PROD . ':8443/x']),
  'plain with a port' => PROD . ':8443/x',
  'non-ASCII label after a dot' => 'https://www.example.com.中国/x',
  'encoded non-ASCII label after a dot' => rawurlencode('https://www.example.com.中国/x'),
  'another scheme' => 'git+' . PROD . '/repo.git',
  'a letter before the scheme' => 'x' . PROD . '/a',
  'longer host' => PROD . '.au/x',
];

// A path pair: one boundary rule for hosts and paths.
$blog = [
  'path before a full stop' => fn($u) => "Read $u.",
  'path in parentheses' => fn($u) => "(see $u)",
  'path after a line break' => fn($u) => "x\n$u/post",
  'path URL-encoded' => fn($u) => rawurlencode("$u/post"),
];
$blogKept = [
  'longer path segment' => PROD . '/blogger',
  'path with a dash' => PROD . '/blog-old',
  'path with an encoded letter' => PROD . '/blog%C3%A9',
  'path with an extension' => PROD . '/blog.html',
];

$out = [];
foreach ($rewritten as $name => $f) {
  $out[] = ['name' => $name, 'from' => PROD, 'to' => STAGING, 'in' => $f(PROD), 'want' => $f(STAGING)];
}
foreach ($kept as $name => $v) {
  $out[] = ['name' => $name, 'from' => PROD, 'to' => STAGING, 'in' => $v, 'want' => $v];
}
foreach ($blog as $name => $f) {
  $out[] = ['name' => $name, 'from' => PROD . '/blog', 'to' => STAGING, 'in' => $f(PROD . '/blog'), 'want' => $f(STAGING)];
}
foreach ($blogKept as $name => $v) {
  $out[] = ['name' => $name, 'from' => PROD . '/blog', 'to' => STAGING, 'in' => $v, 'want' => $v];
}
echo json_encode($out, JSON_UNESCAPED_SLASHES);
