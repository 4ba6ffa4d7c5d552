<?php
/**
 * A test object-cache drop-in: WordPress's own object cache, kept in a file
 * between requests as Redis or Memcached keep it, so a site whose database
 * was replaced goes on serving the options it cached before until the cache
 * is flushed. flush() empties the file and writes the time into
 * object-cache-flushed.txt beside it, so a test can see that it ran.
 */
require_once ABSPATH . WPINC . '/class-wp-object-cache.php';

class Wpsync_Test_File_Cache extends WP_Object_Cache {
	private $store;
	private $flushed = false;

	public function __construct() {
		parent::__construct();
		$this->store = WP_CONTENT_DIR . '/object-cache-store.ser';
		// The cache array is private to WP_Object_Cache: read and write it
		// in that class's scope.
		$load = function ( $data ) { $this->cache = $data; };
		if ( is_file( $this->store ) ) {
			$data = unserialize( file_get_contents( $this->store ) );
			if ( is_array( $data ) ) {
				\Closure::bind( $load, $this, WP_Object_Cache::class )( $data );
			}
		}
		register_shutdown_function( function () {
			if ( $this->flushed ) {
				return;
			}
			$get = function () { return $this->cache; };
			file_put_contents( $this->store, serialize( \Closure::bind( $get, $this, WP_Object_Cache::class )() ) );
		} );
	}

	public function flush() {
		parent::flush();
		$this->flushed = true;
		@unlink( $this->store );
		file_put_contents( WP_CONTENT_DIR . '/object-cache-flushed.txt', gmdate( 'c' ) . "\n" );
		return true;
	}
}

// WordPress's cache functions, creating this cache instead of its own.
eval( '?>' . str_replace( 'new WP_Object_Cache()', 'new Wpsync_Test_File_Cache()', file_get_contents( ABSPATH . WPINC . '/cache.php' ) ) );
