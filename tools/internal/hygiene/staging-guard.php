<?php
/**
 * Plugin Name: wpsync staging guard
 * Description: Installed by wpsync on a copy of production: no e-mail leaves this site (each blocked one is logged), search engines are told not to index it, and the admin bar says STAGING. wpsync never sends this file to another environment, so it never reaches production.
 */

// No e-mail leaves a copy of production: order notes, password resets and
// newsletters would reach real customers. pre_wp_mail (WordPress 5.7)
// short-circuits wp_mail(), which then returns false.
add_filter(
	'pre_wp_mail',
	function ( $short_circuit, $atts ) {
		$to = is_array( $atts['to'] ) ? implode( ', ', $atts['to'] ) : (string) $atts['to'];
		error_log( 'wpsync staging guard: blocked an e-mail to ' . $to . ': ' . $atts['subject'] );
		return false;
	},
	PHP_INT_MAX,
	2
);

// Search engines: a header on every response, and the robots meta tag.
add_action(
	'send_headers',
	function () {
		header( 'X-Robots-Tag: noindex, nofollow', true );
	}
);
add_filter( 'wp_robots', 'wp_robots_no_robots' );

// Nobody mistakes it for production.
add_action(
	'admin_bar_menu',
	function ( $bar ) {
		$bar->add_node(
			array(
				'id'    => 'wpsync-staging',
				'title' => 'STAGING',
				'meta'  => array( 'title' => 'A copy of production made by wpsync: e-mail is blocked' ),
			)
		);
	},
	0
);
add_action(
	'wp_before_admin_bar_render',
	function () {
		echo '<style>#wpadminbar{background:#b32d2e}</style>';
	}
);
