<?php
// Judges a production → staging copy with PHP's own unserialize():
// every value that unserialized on production must unserialize on
// staging, and no production URL may remain on staging outside the
// skipped columns (look-alike hosts such as www.example.test.au excepted).
// Usage: php verify-rewrite.php PROD_SOCKET STAGING_SOCKET [SKIP_COLUMN ...]
// Prints one line per problem and "ok N values checked" at the end; exits 1 on problems.
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE & ~E_WARNING);
[$_, $prodSock, $stageSock] = $argv;
$skip = array_slice($argv, 3) ?: ['guid'];
$p = new mysqli('localhost', 'root', '', 'wordpress', 0, $prodSock);
$s = new mysqli('localhost', 'root', '', 'wordpress', 0, $stageSock);
$p->set_charset('utf8mb4'); $s->set_charset('utf8mb4');
$problems = 0; $checked = 0;
$cols = $p->query("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA='wordpress' AND DATA_TYPE IN ('char','varchar','tinytext','text','mediumtext','longtext')");
$lookalike = '~(www\.example\.test\.au|www\.example\.test-old|www\.example\.testimonials|info@www\.example\.test|admin@www\.example\.test)~';
$prodUrl = '~(//|\\\\/\\\\/|%2F%2F)www\.example\.test(?![a-z0-9.-])~i';
while ([$table, $col] = $cols->fetch_row()) {
    $pk = $p->query("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME='$table' AND CONSTRAINT_NAME='PRIMARY' LIMIT 1")->fetch_row()[0] ?? null;
    if (!$pk) { continue; }
    $stageRows = [];
    foreach ($s->query("SELECT `$pk`, `$col` FROM `$table`") as $r) { $stageRows[$r[$pk]] = $r[$col]; }
    foreach ($p->query("SELECT `$pk`, `$col` FROM `$table`") as $r) {
        $id = $r[$pk]; $pv = $r[$col];
        if (!array_key_exists($id, $stageRows)) { echo "missing row $table.$pk=$id\n"; $problems++; continue; }
        $sv = $stageRows[$id];
        $checked++;
        if ($pv !== null && (@unserialize($pv) !== false || $pv === 'b:0;')) {
            if (@unserialize($sv) === false && $sv !== 'b:0;') { echo "broken serialized value $table.$col $pk=$id\n"; $problems++; }
        }
        if (!in_array($col, $skip) && $sv !== null && preg_match($prodUrl, preg_replace($lookalike, '', $sv))) {
            echo "production URL left in $table.$col $pk=$id: " . substr($sv, 0, 160) . "\n"; $problems++;
        }
    }
}
echo $problems ? "$problems problems\n" : "ok $checked values checked\n";
exit($problems ? 1 : 0);
