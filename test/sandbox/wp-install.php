<?php
// Installs WordPress into the sandbox docroot with WordPress's own
// wp_install(), as the web installer would. Idempotent.
// Usage: php wp-install.php DOCROOT URL NAME
[$_, $root, $url, $name] = $argv;
$u = parse_url($url);
$_SERVER['HTTP_HOST'] = $u['host'];
$_SERVER['HTTPS'] = 'on';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
    $r = wp_install("wpsync sandbox ($name)", 'admin', "admin@" . $u['host'], true, '', wp_generate_password(20));
    echo "installed $name\n";
}
update_option('siteurl', $url);
update_option('home', $url);
update_option('permalink_structure', '/%postname%/');
