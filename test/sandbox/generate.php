<?php
// Fills a sandbox WordPress with realistic, URL-heavy content through
// WordPress's own functions: posts with Gutenberg block JSON and images,
// page-builder JSON postmeta (escaped slashes), menus, widgets, theme
// mods, nested and double-serialized options, objects with protected and
// private properties, URL-encoded share links, multibyte text, and
// look-alike hosts that must NOT be rewritten.
// Usage: php generate.php DOCROOT POSTS   (idempotent per post slug)
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE & ~E_WARNING);
[$_, $root, $posts] = $argv + [null, null, 20];
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/post.php';
require_once ABSPATH . 'wp-admin/includes/nav-menu.php';

$u = rtrim(get_option('home'), '/');
$host = parse_url($u, PHP_URL_HOST);
$cdn = 'https://cdn.example.test';

// A class the staging site will not have: its objects unserialize as
// __PHP_Incomplete_Class there, and wpsync must keep them byte-exact.
class Wpsync_Demo_Widget_State {
    public $title = 'Demo';
    protected $endpoint;
    private $history = [];
    function __construct($u) { $this->endpoint = "$u/wp-json/demo/v1"; $this->history = ["$u/a", "$u/b" => 2]; }
}

function lorem($i) {
    $words = ['Grüße', 'naïve', 'café', '日本語', 'emoji ✓', 'WordPress', 'staging', 'release', 'plugin', 'theme', 'über', 'Ελληνικά'];
    $s = '';
    for ($k = 0; $k < 40; $k++) { $s .= $words[($i * 7 + $k) % count($words)] . ' '; }
    return trim($s);
}

$made = 0;
for ($i = 1; $i <= (int)$posts; $i++) {
    $slug = "generated-post-$i";
    if (get_page_by_path($slug, OBJECT, 'post')) { continue; }
    $img = "$u/wp-content/uploads/2024/0" . (1 + $i % 9) . "/photo-$i.jpg";
    $blocks = [
        "<!-- wp:paragraph --><p>" . lorem($i) . " <a href=\"$u/2024/01/post-$i/\">internal link</a>, <a href=\"http://$host/legacy-$i\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@$host.</p><!-- /wp:paragraph -->",
        "<!-- wp:image {\"id\":$i,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"$u/gallery/$i/\"} --><figure class=\"wp-block-image size-large\"><a href=\"$u/gallery/$i/\"><img src=\"$img\" srcset=\"$img 1024w, $cdn/uploads/photo-$i-300.jpg 300w\" alt=\"Photo $i\"/></a></figure><!-- /wp:image -->",
        "<!-- wp:cover {\"url\":\"$img\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"$img\"/><div class=\"wp-block-cover__inner-container\"><p>Cover $i</p></div></div><!-- /wp:cover -->",
        "<!-- wp:html --><script src=\"//$host/wp-content/plugins/demo/demo.js?v=$i\"></script><a href=\"https://twitter.com/intent/tweet?url=" . rawurlencode("$u/post-$i/") . "\">Share</a><!-- /wp:html -->",
        "<!-- wp:paragraph --><p>" . str_repeat(lorem($i + 1) . ' ', 6) . "</p><!-- /wp:paragraph -->",
    ];
    $id = wp_insert_post([
        'post_title' => "Generated post $i — " . explode(" ", lorem($i))[0],
        'post_name' => $slug,
        'post_content' => implode("\n\n", $blocks),
        'post_excerpt' => "Read more at $u/$slug/",
        'post_status' => 'publish',
        'post_author' => 1,
    ], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    // Page-builder data: JSON with escaped slashes, stored as a string.
    $builder = [['id' => "sec$i", 'elType' => 'section', 'settings' => ['background_image' => ['url' => $img, 'id' => $i]],
                 'elements' => [['widgetType' => 'button', 'settings' => ['link' => ['url' => "$u/contact/", 'is_external' => '']]]]]];
    update_post_meta($id, '_elementor_data', wp_slash(json_encode($builder)));
    update_post_meta($id, '_wpsync_gallery', ['images' => [$img, "$u/wp-content/uploads/extra-$i.png"], 'count' => 2, 'ratio' => 1.5]);
    update_post_meta($id, '_wpsync_serialized_string', serialize(['nested' => "$u/n/$i"])); // stored double-serialized
    add_comment_meta(wp_insert_comment(['comment_post_ID' => $id, 'comment_author' => 'Zoë', 'comment_author_url' => "$u/author/zoe",
        'comment_content' => "Nice! See $u/related-$i/", 'comment_approved' => 1]), 'source', "$u/?p=$id");
    $made++;
}

// Options: widgets, theme mods, nested, double-serialized, objects.
update_option('widget_text', [2 => ['title' => 'About', 'text' => "<a href=\"$u/about/\">About us</a> <img src=\"$cdn/logo.png\">", 'filter' => true], '_multiwidget' => 1]);
update_option('widget_block', [3 => ['content' => "<!-- wp:image {\"url\":\"$u/wp-content/uploads/w.jpg\"} /-->"], '_multiwidget' => 1]);
set_theme_mod('header_image', "$u/wp-content/uploads/header.jpg");
set_theme_mod('custom_css_urls', ['bg' => "url($u/wp-content/uploads/bg.png)", 'font' => "//$host/fonts/a.woff2"]);
update_option('wpsync_nested', ['level1' => ['level2' => ['level3' => ['url' => "$u/deep/", 'list' => ["$u/1", "$u/2"], 'float' => 0.1, 'big' => 1.0E+25]]]]);
update_option('wpsync_double', serialize(['inner' => serialize("$u/inner")]));
update_option('wpsync_object', new Wpsync_Demo_Widget_State($u));
update_option('wpsync_json', json_encode(['home' => $u, 'api' => "$u/wp-json/"]));
update_option('wpsync_encoded', 'https%3A%2F%2F' . $host . '%2Fencoded%2Fpath');
update_option('wpsync_lookalikes', "https://$host.au https://www.example.test-old.net https://www.example.testimonials.org info@$host");
update_option('admin_email', "admin@$host");

// A menu with custom links.
$menu = wp_get_nav_menu_object('Main') ?: get_term(wp_create_nav_menu('Main'), 'nav_menu');
if ($menu && !wp_get_nav_menu_items($menu->term_id)) {
    wp_update_nav_menu_item($menu->term_id, 0, ['menu-item-title' => 'Home', 'menu-item-url' => "$u/", 'menu-item-status' => 'publish', 'menu-item-type' => 'custom']);
    wp_update_nav_menu_item($menu->term_id, 0, ['menu-item-title' => 'Shop', 'menu-item-url' => "$u/shop/", 'menu-item-status' => 'publish', 'menu-item-type' => 'custom']);
}
wp_update_user(['ID' => 1, 'user_url' => "$u/author/admin"]);
echo "generated $made new posts on $u\n";
