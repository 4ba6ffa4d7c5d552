/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: wordpress
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `wp_commentmeta`
--

DROP TABLE IF EXISTS `wp_commentmeta`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_commentmeta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `comment_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext DEFAULT NULL,
  PRIMARY KEY (`meta_id`),
  KEY `comment_id` (`comment_id`),
  KEY `meta_key` (`meta_key`(191))
) ENGINE=InnoDB AUTO_INCREMENT=31 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_commentmeta`
--

LOCK TABLES `wp_commentmeta` WRITE;
/*!40000 ALTER TABLE `wp_commentmeta` DISABLE KEYS */;
INSERT INTO `wp_commentmeta` VALUES
(1,2,'source','https://www.example.test/?p=4'),
(2,3,'source','https://www.example.test/?p=5'),
(3,4,'source','https://www.example.test/?p=6'),
(4,5,'source','https://www.example.test/?p=7'),
(5,6,'source','https://www.example.test/?p=9'),
(6,7,'source','https://www.example.test/?p=10'),
(7,8,'source','https://www.example.test/?p=11'),
(8,9,'source','https://www.example.test/?p=12'),
(9,10,'source','https://www.example.test/?p=13'),
(10,11,'source','https://www.example.test/?p=14'),
(11,12,'source','https://www.example.test/?p=15'),
(12,13,'source','https://www.example.test/?p=16'),
(13,14,'source','https://www.example.test/?p=17'),
(14,15,'source','https://www.example.test/?p=18'),
(15,16,'source','https://www.example.test/?p=19'),
(16,17,'source','https://www.example.test/?p=20'),
(17,18,'source','https://www.example.test/?p=21'),
(18,19,'source','https://www.example.test/?p=22'),
(19,20,'source','https://www.example.test/?p=23'),
(20,21,'source','https://www.example.test/?p=24'),
(21,22,'source','https://www.example.test/?p=25'),
(22,23,'source','https://www.example.test/?p=26'),
(23,24,'source','https://www.example.test/?p=27'),
(24,25,'source','https://www.example.test/?p=28'),
(25,26,'source','https://www.example.test/?p=29'),
(26,27,'source','https://www.example.test/?p=30'),
(27,28,'source','https://www.example.test/?p=31'),
(28,29,'source','https://www.example.test/?p=32'),
(29,30,'source','https://www.example.test/?p=33'),
(30,31,'source','https://www.example.test/?p=34');
/*!40000 ALTER TABLE `wp_commentmeta` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_comments`
--

DROP TABLE IF EXISTS `wp_comments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_comments` (
  `comment_ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `comment_post_ID` bigint(20) unsigned NOT NULL DEFAULT 0,
  `comment_author` tinytext NOT NULL,
  `comment_author_email` varchar(100) NOT NULL DEFAULT '',
  `comment_author_url` varchar(200) NOT NULL DEFAULT '',
  `comment_author_IP` varchar(100) NOT NULL DEFAULT '',
  `comment_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `comment_date_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `comment_content` text NOT NULL,
  `comment_karma` int(11) NOT NULL DEFAULT 0,
  `comment_approved` varchar(20) NOT NULL DEFAULT '1',
  `comment_agent` varchar(255) NOT NULL DEFAULT '',
  `comment_type` varchar(20) NOT NULL DEFAULT 'comment',
  `comment_parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `user_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`comment_ID`),
  KEY `comment_post_ID` (`comment_post_ID`),
  KEY `comment_approved_date_gmt` (`comment_approved`,`comment_date_gmt`),
  KEY `comment_date_gmt` (`comment_date_gmt`),
  KEY `comment_parent` (`comment_parent`),
  KEY `comment_author_email` (`comment_author_email`(10))
) ENGINE=InnoDB AUTO_INCREMENT=32 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_comments`
--

LOCK TABLES `wp_comments` WRITE;
/*!40000 ALTER TABLE `wp_comments` DISABLE KEYS */;
INSERT INTO `wp_comments` VALUES
(1,1,'A WordPress Commenter','wapuu@wordpress.example','https://wordpress.org/','','2026-11-26 01:23:05','2026-11-26 01:23:05','Hi, this is a comment.\nTo get started with moderating, editing, and deleting comments, please visit the Comments screen in the dashboard.\nCommenter avatars come from <a href=\"https://en.gravatar.com/\">Gravatar</a>.',0,'1','','comment',0,0),
(2,4,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:34','2026-11-26 01:27:34','Nice! See https://www.example.test/related-1/',0,'1','','comment',0,0),
(3,5,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:34','2026-11-26 01:27:34','Nice! See https://www.example.test/related-2/',0,'1','','comment',0,0),
(4,6,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:34','2026-11-26 01:27:34','Nice! See https://www.example.test/related-3/',0,'1','','comment',0,0),
(5,7,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:34','2026-11-26 01:27:34','Nice! See https://www.example.test/related-4/',0,'1','','comment',0,0),
(6,9,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-5/',0,'1','','comment',0,0),
(7,10,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-6/',0,'1','','comment',0,0),
(8,11,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-7/',0,'1','','comment',0,0),
(9,12,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-8/',0,'1','','comment',0,0),
(10,13,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-9/',0,'1','','comment',0,0),
(11,14,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-10/',0,'1','','comment',0,0),
(12,15,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-11/',0,'1','','comment',0,0),
(13,16,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-12/',0,'1','','comment',0,0),
(14,17,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-13/',0,'1','','comment',0,0),
(15,18,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-14/',0,'1','','comment',0,0),
(16,19,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-15/',0,'1','','comment',0,0),
(17,20,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-16/',0,'1','','comment',0,0),
(18,21,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-17/',0,'1','','comment',0,0),
(19,22,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-18/',0,'1','','comment',0,0),
(20,23,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-19/',0,'1','','comment',0,0),
(21,24,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-20/',0,'1','','comment',0,0),
(22,25,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-21/',0,'1','','comment',0,0),
(23,26,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-22/',0,'1','','comment',0,0),
(24,27,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-23/',0,'1','','comment',0,0),
(25,28,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-24/',0,'1','','comment',0,0),
(26,29,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-25/',0,'1','','comment',0,0),
(27,30,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-26/',0,'1','','comment',0,0),
(28,31,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-27/',0,'1','','comment',0,0),
(29,32,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-28/',0,'1','','comment',0,0),
(30,33,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-29/',0,'1','','comment',0,0),
(31,34,'Zoë','','https://www.example.test/author/zoe','','2026-11-26 01:27:37','2026-11-26 01:27:37','Nice! See https://www.example.test/related-30/',0,'1','','comment',0,0);
/*!40000 ALTER TABLE `wp_comments` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_links`
--

DROP TABLE IF EXISTS `wp_links`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_links` (
  `link_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `link_url` varchar(255) NOT NULL DEFAULT '',
  `link_name` varchar(255) NOT NULL DEFAULT '',
  `link_image` varchar(255) NOT NULL DEFAULT '',
  `link_target` varchar(25) NOT NULL DEFAULT '',
  `link_description` varchar(255) NOT NULL DEFAULT '',
  `link_visible` varchar(20) NOT NULL DEFAULT 'Y',
  `link_owner` bigint(20) unsigned NOT NULL DEFAULT 1,
  `link_rating` int(11) NOT NULL DEFAULT 0,
  `link_updated` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `link_rel` varchar(255) NOT NULL DEFAULT '',
  `link_notes` mediumtext NOT NULL,
  `link_rss` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`link_id`),
  KEY `link_visible` (`link_visible`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_links`
--

LOCK TABLES `wp_links` WRITE;
/*!40000 ALTER TABLE `wp_links` DISABLE KEYS */;
/*!40000 ALTER TABLE `wp_links` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_options`
--

DROP TABLE IF EXISTS `wp_options`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_options` (
  `option_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `option_name` varchar(191) NOT NULL DEFAULT '',
  `option_value` longtext NOT NULL,
  `autoload` varchar(20) NOT NULL DEFAULT 'yes',
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_name` (`option_name`),
  KEY `autoload` (`autoload`)
) ENGINE=InnoDB AUTO_INCREMENT=128 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_options`
--

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES
(1,'siteurl','https://www.example.test','yes'),
(2,'home','https://www.example.test','yes'),
(3,'blogname','wpsync sandbox (production)','yes'),
(4,'blogdescription','','yes'),
(5,'users_can_register','0','yes'),
(6,'admin_email','admin@www.example.test','yes'),
(7,'start_of_week','1','yes'),
(8,'use_balanceTags','0','yes'),
(9,'use_smilies','1','yes'),
(10,'require_name_email','1','yes'),
(11,'comments_notify','1','yes'),
(12,'posts_per_rss','10','yes'),
(13,'rss_use_excerpt','0','yes'),
(14,'mailserver_url','mail.example.com','yes'),
(15,'mailserver_login','login@example.com','yes'),
(16,'mailserver_pass','password','yes'),
(17,'mailserver_port','110','yes'),
(18,'default_category','1','yes'),
(19,'default_comment_status','open','yes'),
(20,'default_ping_status','open','yes'),
(21,'default_pingback_flag','1','yes'),
(22,'posts_per_page','10','yes'),
(23,'date_format','F j, Y','yes'),
(24,'time_format','g:i a','yes'),
(25,'links_updated_date_format','F j, Y g:i a','yes'),
(26,'comment_moderation','0','yes'),
(27,'moderation_notify','1','yes'),
(28,'permalink_structure','/%postname%/','yes'),
(29,'rewrite_rules','','yes'),
(30,'hack_file','0','yes'),
(31,'blog_charset','UTF-8','yes'),
(32,'moderation_keys','','no'),
(33,'active_plugins','a:0:{}','yes'),
(34,'category_base','','yes'),
(35,'ping_sites','http://rpc.pingomatic.com/','yes'),
(36,'comment_max_links','2','yes'),
(37,'gmt_offset','0','yes'),
(38,'default_email_category','1','yes'),
(39,'recently_edited','','no'),
(40,'template','twentytwentythree','yes'),
(41,'stylesheet','twentytwentythree','yes'),
(42,'comment_registration','0','yes'),
(43,'html_type','text/html','yes'),
(44,'use_trackback','0','yes'),
(45,'default_role','subscriber','yes'),
(46,'db_version','53496','yes'),
(47,'uploads_use_yearmonth_folders','1','yes'),
(48,'upload_path','','yes'),
(49,'blog_public','1','yes'),
(50,'default_link_category','2','yes'),
(51,'show_on_front','posts','yes'),
(52,'tag_base','','yes'),
(53,'show_avatars','1','yes'),
(54,'avatar_rating','G','yes'),
(55,'upload_url_path','','yes'),
(56,'thumbnail_size_w','150','yes'),
(57,'thumbnail_size_h','150','yes'),
(58,'thumbnail_crop','1','yes'),
(59,'medium_size_w','300','yes'),
(60,'medium_size_h','300','yes'),
(61,'avatar_default','mystery','yes'),
(62,'large_size_w','1024','yes'),
(63,'large_size_h','1024','yes'),
(64,'image_default_link_type','none','yes'),
(65,'image_default_size','','yes'),
(66,'image_default_align','','yes'),
(67,'close_comments_for_old_posts','0','yes'),
(68,'close_comments_days_old','14','yes'),
(69,'thread_comments','1','yes'),
(70,'thread_comments_depth','5','yes'),
(71,'page_comments','0','yes'),
(72,'comments_per_page','50','yes'),
(73,'default_comments_page','newest','yes'),
(74,'comment_order','asc','yes'),
(75,'sticky_posts','a:0:{}','yes'),
(76,'widget_categories','a:0:{}','yes'),
(77,'widget_text','a:2:{i:2;a:3:{s:5:\"title\";s:5:\"About\";s:4:\"text\";s:100:\"<a href=\"https://www.example.test/about/\">About us</a> <img src=\"https://cdn.example.test/logo.png\">\";s:6:\"filter\";b:1;}s:12:\"_multiwidget\";i:1;}','yes'),
(78,'widget_rss','a:0:{}','yes'),
(79,'uninstall_plugins','a:0:{}','no'),
(80,'timezone_string','','yes'),
(81,'page_for_posts','0','yes'),
(82,'page_on_front','0','yes'),
(83,'default_post_format','0','yes'),
(84,'link_manager_enabled','0','yes'),
(85,'finished_splitting_shared_terms','1','yes'),
(86,'site_icon','0','yes'),
(87,'medium_large_size_w','768','yes'),
(88,'medium_large_size_h','0','yes'),
(89,'wp_page_for_privacy_policy','3','yes'),
(90,'show_comments_cookies_opt_in','1','yes'),
(91,'admin_email_lifespan','1811208185','yes'),
(92,'disallowed_keys','','no'),
(93,'comment_previously_approved','1','yes'),
(94,'auto_plugin_theme_update_emails','a:0:{}','no'),
(95,'auto_update_core_dev','enabled','yes'),
(96,'auto_update_core_minor','enabled','yes'),
(97,'auto_update_core_major','enabled','yes'),
(98,'wp_force_deactivated_plugins','a:0:{}','yes'),
(99,'initial_db_version','53496','yes'),
(100,'wp_user_roles','a:5:{s:13:\"administrator\";a:2:{s:4:\"name\";s:13:\"Administrator\";s:12:\"capabilities\";a:61:{s:13:\"switch_themes\";b:1;s:11:\"edit_themes\";b:1;s:16:\"activate_plugins\";b:1;s:12:\"edit_plugins\";b:1;s:10:\"edit_users\";b:1;s:10:\"edit_files\";b:1;s:14:\"manage_options\";b:1;s:17:\"moderate_comments\";b:1;s:17:\"manage_categories\";b:1;s:12:\"manage_links\";b:1;s:12:\"upload_files\";b:1;s:6:\"import\";b:1;s:15:\"unfiltered_html\";b:1;s:10:\"edit_posts\";b:1;s:17:\"edit_others_posts\";b:1;s:20:\"edit_published_posts\";b:1;s:13:\"publish_posts\";b:1;s:10:\"edit_pages\";b:1;s:4:\"read\";b:1;s:8:\"level_10\";b:1;s:7:\"level_9\";b:1;s:7:\"level_8\";b:1;s:7:\"level_7\";b:1;s:7:\"level_6\";b:1;s:7:\"level_5\";b:1;s:7:\"level_4\";b:1;s:7:\"level_3\";b:1;s:7:\"level_2\";b:1;s:7:\"level_1\";b:1;s:7:\"level_0\";b:1;s:17:\"edit_others_pages\";b:1;s:20:\"edit_published_pages\";b:1;s:13:\"publish_pages\";b:1;s:12:\"delete_pages\";b:1;s:19:\"delete_others_pages\";b:1;s:22:\"delete_published_pages\";b:1;s:12:\"delete_posts\";b:1;s:19:\"delete_others_posts\";b:1;s:22:\"delete_published_posts\";b:1;s:20:\"delete_private_posts\";b:1;s:18:\"edit_private_posts\";b:1;s:18:\"read_private_posts\";b:1;s:20:\"delete_private_pages\";b:1;s:18:\"edit_private_pages\";b:1;s:18:\"read_private_pages\";b:1;s:12:\"delete_users\";b:1;s:12:\"create_users\";b:1;s:17:\"unfiltered_upload\";b:1;s:14:\"edit_dashboard\";b:1;s:14:\"update_plugins\";b:1;s:14:\"delete_plugins\";b:1;s:15:\"install_plugins\";b:1;s:13:\"update_themes\";b:1;s:14:\"install_themes\";b:1;s:11:\"update_core\";b:1;s:10:\"list_users\";b:1;s:12:\"remove_users\";b:1;s:13:\"promote_users\";b:1;s:18:\"edit_theme_options\";b:1;s:13:\"delete_themes\";b:1;s:6:\"export\";b:1;}}s:6:\"editor\";a:2:{s:4:\"name\";s:6:\"Editor\";s:12:\"capabilities\";a:34:{s:17:\"moderate_comments\";b:1;s:17:\"manage_categories\";b:1;s:12:\"manage_links\";b:1;s:12:\"upload_files\";b:1;s:15:\"unfiltered_html\";b:1;s:10:\"edit_posts\";b:1;s:17:\"edit_others_posts\";b:1;s:20:\"edit_published_posts\";b:1;s:13:\"publish_posts\";b:1;s:10:\"edit_pages\";b:1;s:4:\"read\";b:1;s:7:\"level_7\";b:1;s:7:\"level_6\";b:1;s:7:\"level_5\";b:1;s:7:\"level_4\";b:1;s:7:\"level_3\";b:1;s:7:\"level_2\";b:1;s:7:\"level_1\";b:1;s:7:\"level_0\";b:1;s:17:\"edit_others_pages\";b:1;s:20:\"edit_published_pages\";b:1;s:13:\"publish_pages\";b:1;s:12:\"delete_pages\";b:1;s:19:\"delete_others_pages\";b:1;s:22:\"delete_published_pages\";b:1;s:12:\"delete_posts\";b:1;s:19:\"delete_others_posts\";b:1;s:22:\"delete_published_posts\";b:1;s:20:\"delete_private_posts\";b:1;s:18:\"edit_private_posts\";b:1;s:18:\"read_private_posts\";b:1;s:20:\"delete_private_pages\";b:1;s:18:\"edit_private_pages\";b:1;s:18:\"read_private_pages\";b:1;}}s:6:\"author\";a:2:{s:4:\"name\";s:6:\"Author\";s:12:\"capabilities\";a:10:{s:12:\"upload_files\";b:1;s:10:\"edit_posts\";b:1;s:20:\"edit_published_posts\";b:1;s:13:\"publish_posts\";b:1;s:4:\"read\";b:1;s:7:\"level_2\";b:1;s:7:\"level_1\";b:1;s:7:\"level_0\";b:1;s:12:\"delete_posts\";b:1;s:22:\"delete_published_posts\";b:1;}}s:11:\"contributor\";a:2:{s:4:\"name\";s:11:\"Contributor\";s:12:\"capabilities\";a:5:{s:10:\"edit_posts\";b:1;s:4:\"read\";b:1;s:7:\"level_1\";b:1;s:7:\"level_0\";b:1;s:12:\"delete_posts\";b:1;}}s:10:\"subscriber\";a:2:{s:4:\"name\";s:10:\"Subscriber\";s:12:\"capabilities\";a:2:{s:4:\"read\";b:1;s:7:\"level_0\";b:1;}}}','yes'),
(101,'fresh_site','0','yes'),
(102,'user_count','1','no'),
(103,'widget_block','a:2:{i:3;a:1:{s:7:\"content\";s:78:\"<!-- wp:image {\"url\":\"https://www.example.test/wp-content/uploads/w.jpg\"} /-->\";}s:12:\"_multiwidget\";i:1;}','yes'),
(104,'sidebars_widgets','a:4:{s:19:\"wp_inactive_widgets\";a:0:{}s:9:\"sidebar-1\";a:3:{i:0;s:7:\"block-2\";i:1;s:7:\"block-3\";i:2;s:7:\"block-4\";}s:9:\"sidebar-2\";a:2:{i:0;s:7:\"block-5\";i:1;s:7:\"block-6\";}s:13:\"array_version\";i:3;}','yes'),
(105,'widget_pages','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(106,'widget_calendar','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(107,'widget_archives','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(108,'widget_media_audio','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(109,'widget_media_image','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(110,'widget_media_gallery','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(111,'widget_media_video','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(112,'widget_meta','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(113,'widget_search','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(114,'widget_recent-posts','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(115,'widget_recent-comments','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(116,'widget_tag_cloud','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(117,'widget_nav_menu','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(118,'widget_custom_html','a:1:{s:12:\"_multiwidget\";i:1;}','yes'),
(119,'cron','a:3:{i:1795656454;a:7:{s:32:\"recovery_mode_clean_expired_keys\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:5:\"daily\";s:4:\"args\";a:0:{}s:8:\"interval\";i:86400;}}s:18:\"wp_https_detection\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:10:\"twicedaily\";s:4:\"args\";a:0:{}s:8:\"interval\";i:43200;}}s:34:\"wp_privacy_delete_old_export_files\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:6:\"hourly\";s:4:\"args\";a:0:{}s:8:\"interval\";i:3600;}}s:16:\"wp_version_check\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:10:\"twicedaily\";s:4:\"args\";a:0:{}s:8:\"interval\";i:43200;}}s:17:\"wp_update_plugins\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:10:\"twicedaily\";s:4:\"args\";a:0:{}s:8:\"interval\";i:43200;}}s:16:\"wp_update_themes\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:10:\"twicedaily\";s:4:\"args\";a:0:{}s:8:\"interval\";i:43200;}}s:8:\"do_pings\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:2:{s:8:\"schedule\";b:0;s:4:\"args\";a:0:{}}}}i:1795742854;a:1:{s:30:\"wp_site_health_scheduled_check\";a:1:{s:32:\"40cd750bba9870f18aada2478b24840a\";a:3:{s:8:\"schedule\";s:6:\"weekly\";s:4:\"args\";a:0:{}s:8:\"interval\";i:604800;}}}s:7:\"version\";i:2;}','yes'),
(120,'wp_calendar_block_has_published_posts','1','yes'),
(121,'theme_mods_twentytwentythree','a:2:{s:12:\"header_image\";s:54:\"https://www.example.test/wp-content/uploads/header.jpg\";s:15:\"custom_css_urls\";a:2:{s:2:\"bg\";s:55:\"url(https://www.example.test/wp-content/uploads/bg.png)\";s:4:\"font\";s:32:\"//www.example.test/fonts/a.woff2\";}}','yes'),
(122,'wpsync_nested','a:1:{s:6:\"level1\";a:1:{s:6:\"level2\";a:1:{s:6:\"level3\";a:4:{s:3:\"url\";s:30:\"https://www.example.test/deep/\";s:4:\"list\";a:2:{i:0;s:26:\"https://www.example.test/1\";i:1;s:26:\"https://www.example.test/2\";}s:5:\"float\";d:0.1;s:3:\"big\";d:1.0E+25;}}}}','yes'),
(123,'wpsync_double','s:64:\"a:1:{s:5:\"inner\";s:38:\"s:30:\"https://www.example.test/inner\";\";}\";','yes'),
(124,'wpsync_object','O:24:\"Wpsync_Demo_Widget_State\":3:{s:5:\"title\";s:4:\"Demo\";s:11:\"\0*\0endpoint\";s:40:\"https://www.example.test/wp-json/demo/v1\";s:33:\"\0Wpsync_Demo_Widget_State\0history\";a:2:{i:0;s:26:\"https://www.example.test/a\";s:26:\"https://www.example.test/b\";i:2;}}','yes'),
(125,'wpsync_json','{\"home\":\"https:\\/\\/www.example.test\",\"api\":\"https:\\/\\/www.example.test\\/wp-json\\/\"}','yes'),
(126,'wpsync_encoded','https%3A%2F%2Fwww.example.test%2Fencoded%2Fpath','yes'),
(127,'wpsync_lookalikes','https://www.example.test.au https://www.example.test-old.net https://www.example.testimonials.org info@www.example.test','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_postmeta`
--

DROP TABLE IF EXISTS `wp_postmeta`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_postmeta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `post_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext DEFAULT NULL,
  PRIMARY KEY (`meta_id`),
  KEY `post_id` (`post_id`),
  KEY `meta_key` (`meta_key`(191))
) ENGINE=InnoDB AUTO_INCREMENT=171 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_postmeta`
--

LOCK TABLES `wp_postmeta` WRITE;
/*!40000 ALTER TABLE `wp_postmeta` DISABLE KEYS */;
INSERT INTO `wp_postmeta` VALUES
(1,2,'_wp_page_template','default'),
(2,3,'_wp_page_template','default'),
(3,4,'_pingme','1'),
(4,4,'_encloseme','1'),
(5,4,'_elementor_data','[{\"id\":\"sec1\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/02\\/photo-1.jpg\",\"id\":1}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(6,4,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/02/photo-1.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-1.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(7,4,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/1\";}\";'),
(8,5,'_pingme','1'),
(9,5,'_encloseme','1'),
(10,5,'_elementor_data','[{\"id\":\"sec2\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/03\\/photo-2.jpg\",\"id\":2}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(11,5,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/03/photo-2.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-2.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(12,5,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/2\";}\";'),
(13,6,'_pingme','1'),
(14,6,'_encloseme','1'),
(15,6,'_elementor_data','[{\"id\":\"sec3\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/04\\/photo-3.jpg\",\"id\":3}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(16,6,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/04/photo-3.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-3.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(17,6,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/3\";}\";'),
(18,7,'_pingme','1'),
(19,7,'_encloseme','1'),
(20,7,'_elementor_data','[{\"id\":\"sec4\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/05\\/photo-4.jpg\",\"id\":4}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(21,7,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/05/photo-4.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-4.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(22,7,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/4\";}\";'),
(23,8,'_pingme','1'),
(24,8,'_encloseme','1'),
(25,9,'_pingme','1'),
(26,9,'_encloseme','1'),
(27,9,'_elementor_data','[{\"id\":\"sec5\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/06\\/photo-5.jpg\",\"id\":5}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(28,9,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/06/photo-5.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-5.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(29,9,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/5\";}\";'),
(30,10,'_pingme','1'),
(31,10,'_encloseme','1'),
(32,10,'_elementor_data','[{\"id\":\"sec6\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/07\\/photo-6.jpg\",\"id\":6}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(33,10,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/07/photo-6.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-6.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(34,10,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/6\";}\";'),
(35,11,'_pingme','1'),
(36,11,'_encloseme','1'),
(37,11,'_elementor_data','[{\"id\":\"sec7\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/08\\/photo-7.jpg\",\"id\":7}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(38,11,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/08/photo-7.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-7.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(39,11,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/7\";}\";'),
(40,12,'_pingme','1'),
(41,12,'_encloseme','1'),
(42,12,'_elementor_data','[{\"id\":\"sec8\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/09\\/photo-8.jpg\",\"id\":8}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(43,12,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/09/photo-8.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-8.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(44,12,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/8\";}\";'),
(45,13,'_pingme','1'),
(46,13,'_encloseme','1'),
(47,13,'_elementor_data','[{\"id\":\"sec9\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/01\\/photo-9.jpg\",\"id\":9}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(48,13,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:63:\"https://www.example.test/wp-content/uploads/2024/01/photo-9.jpg\";i:1;s:55:\"https://www.example.test/wp-content/uploads/extra-9.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(49,13,'_wpsync_serialized_string','s:55:\"a:1:{s:6:\"nested\";s:28:\"https://www.example.test/n/9\";}\";'),
(50,14,'_pingme','1'),
(51,14,'_encloseme','1'),
(52,14,'_elementor_data','[{\"id\":\"sec10\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/02\\/photo-10.jpg\",\"id\":10}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(53,14,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/02/photo-10.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-10.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(54,14,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/10\";}\";'),
(55,15,'_pingme','1'),
(56,15,'_encloseme','1'),
(57,15,'_elementor_data','[{\"id\":\"sec11\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/03\\/photo-11.jpg\",\"id\":11}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(58,15,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/03/photo-11.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-11.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(59,15,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/11\";}\";'),
(60,16,'_pingme','1'),
(61,16,'_encloseme','1'),
(62,16,'_elementor_data','[{\"id\":\"sec12\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/04\\/photo-12.jpg\",\"id\":12}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(63,16,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/04/photo-12.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-12.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(64,16,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/12\";}\";'),
(65,17,'_pingme','1'),
(66,17,'_encloseme','1'),
(67,17,'_elementor_data','[{\"id\":\"sec13\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/05\\/photo-13.jpg\",\"id\":13}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(68,17,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/05/photo-13.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-13.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(69,17,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/13\";}\";'),
(70,18,'_pingme','1'),
(71,18,'_encloseme','1'),
(72,18,'_elementor_data','[{\"id\":\"sec14\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/06\\/photo-14.jpg\",\"id\":14}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(73,18,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/06/photo-14.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-14.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(74,18,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/14\";}\";'),
(75,19,'_pingme','1'),
(76,19,'_encloseme','1'),
(77,19,'_elementor_data','[{\"id\":\"sec15\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/07\\/photo-15.jpg\",\"id\":15}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(78,19,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/07/photo-15.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-15.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(79,19,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/15\";}\";'),
(80,20,'_pingme','1'),
(81,20,'_encloseme','1'),
(82,20,'_elementor_data','[{\"id\":\"sec16\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/08\\/photo-16.jpg\",\"id\":16}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(83,20,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/08/photo-16.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-16.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(84,20,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/16\";}\";'),
(85,21,'_pingme','1'),
(86,21,'_encloseme','1'),
(87,21,'_elementor_data','[{\"id\":\"sec17\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/09\\/photo-17.jpg\",\"id\":17}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(88,21,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/09/photo-17.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-17.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(89,21,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/17\";}\";'),
(90,22,'_pingme','1'),
(91,22,'_encloseme','1'),
(92,22,'_elementor_data','[{\"id\":\"sec18\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/01\\/photo-18.jpg\",\"id\":18}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(93,22,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/01/photo-18.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-18.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(94,22,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/18\";}\";'),
(95,23,'_pingme','1'),
(96,23,'_encloseme','1'),
(97,23,'_elementor_data','[{\"id\":\"sec19\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/02\\/photo-19.jpg\",\"id\":19}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(98,23,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/02/photo-19.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-19.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(99,23,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/19\";}\";'),
(100,24,'_pingme','1'),
(101,24,'_encloseme','1'),
(102,24,'_elementor_data','[{\"id\":\"sec20\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/03\\/photo-20.jpg\",\"id\":20}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(103,24,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/03/photo-20.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-20.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(104,24,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/20\";}\";'),
(105,25,'_pingme','1'),
(106,25,'_encloseme','1'),
(107,25,'_elementor_data','[{\"id\":\"sec21\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/04\\/photo-21.jpg\",\"id\":21}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(108,25,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/04/photo-21.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-21.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(109,25,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/21\";}\";'),
(110,26,'_pingme','1'),
(111,26,'_encloseme','1'),
(112,26,'_elementor_data','[{\"id\":\"sec22\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/05\\/photo-22.jpg\",\"id\":22}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(113,26,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/05/photo-22.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-22.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(114,26,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/22\";}\";'),
(115,27,'_pingme','1'),
(116,27,'_encloseme','1'),
(117,27,'_elementor_data','[{\"id\":\"sec23\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/06\\/photo-23.jpg\",\"id\":23}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(118,27,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/06/photo-23.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-23.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(119,27,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/23\";}\";'),
(120,28,'_pingme','1'),
(121,28,'_encloseme','1'),
(122,28,'_elementor_data','[{\"id\":\"sec24\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/07\\/photo-24.jpg\",\"id\":24}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(123,28,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/07/photo-24.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-24.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(124,28,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/24\";}\";'),
(125,29,'_pingme','1'),
(126,29,'_encloseme','1'),
(127,29,'_elementor_data','[{\"id\":\"sec25\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/08\\/photo-25.jpg\",\"id\":25}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(128,29,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/08/photo-25.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-25.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(129,29,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/25\";}\";'),
(130,30,'_pingme','1'),
(131,30,'_encloseme','1'),
(132,30,'_elementor_data','[{\"id\":\"sec26\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/09\\/photo-26.jpg\",\"id\":26}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(133,30,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/09/photo-26.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-26.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(134,30,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/26\";}\";'),
(135,31,'_pingme','1'),
(136,31,'_encloseme','1'),
(137,31,'_elementor_data','[{\"id\":\"sec27\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/01\\/photo-27.jpg\",\"id\":27}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(138,31,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/01/photo-27.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-27.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(139,31,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/27\";}\";'),
(140,32,'_pingme','1'),
(141,32,'_encloseme','1'),
(142,32,'_elementor_data','[{\"id\":\"sec28\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/02\\/photo-28.jpg\",\"id\":28}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(143,32,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/02/photo-28.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-28.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(144,32,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/28\";}\";'),
(145,33,'_pingme','1'),
(146,33,'_encloseme','1'),
(147,33,'_elementor_data','[{\"id\":\"sec29\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/03\\/photo-29.jpg\",\"id\":29}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(148,33,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/03/photo-29.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-29.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(149,33,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/29\";}\";'),
(150,34,'_pingme','1'),
(151,34,'_encloseme','1'),
(152,34,'_elementor_data','[{\"id\":\"sec30\",\"elType\":\"section\",\"settings\":{\"background_image\":{\"url\":\"https:\\/\\/www.example.test\\/wp-content\\/uploads\\/2024\\/04\\/photo-30.jpg\",\"id\":30}},\"elements\":[{\"widgetType\":\"button\",\"settings\":{\"link\":{\"url\":\"https:\\/\\/www.example.test\\/contact\\/\",\"is_external\":\"\"}}}]}]'),
(153,34,'_wpsync_gallery','a:3:{s:6:\"images\";a:2:{i:0;s:64:\"https://www.example.test/wp-content/uploads/2024/04/photo-30.jpg\";i:1;s:56:\"https://www.example.test/wp-content/uploads/extra-30.png\";}s:5:\"count\";i:2;s:5:\"ratio\";d:1.5;}'),
(154,34,'_wpsync_serialized_string','s:56:\"a:1:{s:6:\"nested\";s:29:\"https://www.example.test/n/30\";}\";'),
(155,35,'_menu_item_type','custom'),
(156,35,'_menu_item_menu_item_parent','0'),
(157,35,'_menu_item_object_id','35'),
(158,35,'_menu_item_object','custom'),
(159,35,'_menu_item_target',''),
(160,35,'_menu_item_classes','a:1:{i:0;s:0:\"\";}'),
(161,35,'_menu_item_xfn',''),
(162,35,'_menu_item_url','https://www.example.test/'),
(163,36,'_menu_item_type','custom'),
(164,36,'_menu_item_menu_item_parent','0'),
(165,36,'_menu_item_object_id','36'),
(166,36,'_menu_item_object','custom'),
(167,36,'_menu_item_target',''),
(168,36,'_menu_item_classes','a:1:{i:0;s:0:\"\";}'),
(169,36,'_menu_item_xfn',''),
(170,36,'_menu_item_url','https://www.example.test/shop/');
/*!40000 ALTER TABLE `wp_postmeta` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_posts`
--

DROP TABLE IF EXISTS `wp_posts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_posts` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `post_author` bigint(20) unsigned NOT NULL DEFAULT 0,
  `post_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `post_date_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `post_content` longtext NOT NULL,
  `post_title` text NOT NULL,
  `post_excerpt` text NOT NULL,
  `post_status` varchar(20) NOT NULL DEFAULT 'publish',
  `comment_status` varchar(20) NOT NULL DEFAULT 'open',
  `ping_status` varchar(20) NOT NULL DEFAULT 'open',
  `post_password` varchar(255) NOT NULL DEFAULT '',
  `post_name` varchar(200) NOT NULL DEFAULT '',
  `to_ping` text NOT NULL,
  `pinged` text NOT NULL,
  `post_modified` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `post_modified_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `post_content_filtered` longtext NOT NULL,
  `post_parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `guid` varchar(255) NOT NULL DEFAULT '',
  `menu_order` int(11) NOT NULL DEFAULT 0,
  `post_type` varchar(20) NOT NULL DEFAULT 'post',
  `post_mime_type` varchar(100) NOT NULL DEFAULT '',
  `comment_count` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `post_name` (`post_name`(191)),
  KEY `type_status_date` (`post_type`,`post_status`,`post_date`,`ID`),
  KEY `post_parent` (`post_parent`),
  KEY `post_author` (`post_author`)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_posts`
--

LOCK TABLES `wp_posts` WRITE;
/*!40000 ALTER TABLE `wp_posts` DISABLE KEYS */;
INSERT INTO `wp_posts` VALUES
(1,1,'2026-11-26 01:23:05','2026-11-26 01:23:05','<!-- wp:paragraph -->\n<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>\n<!-- /wp:paragraph -->','Hello world!','','publish','open','open','','hello-world','','','2026-11-26 01:23:05','2026-11-26 01:23:05','',0,'https://www.example.test/?p=1',0,'post','',1),
(2,1,'2026-11-26 01:23:05','2026-11-26 01:23:05','<!-- wp:paragraph -->\n<p>This is an example page. It\'s different from a blog post because it will stay in one place and will show up in your site navigation (in most themes). Most people start with an About page that introduces them to potential site visitors. It might say something like this:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>Hi there! I\'m a bike messenger by day, aspiring actor by night, and this is my website. I live in Los Angeles, have a great dog named Jack, and I like pi&#241;a coladas. (And gettin\' caught in the rain.)</p></blockquote>\n<!-- /wp:quote -->\n\n<!-- wp:paragraph -->\n<p>...or something like this:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>The XYZ Doohickey Company was founded in 1971, and has been providing quality doohickeys to the public ever since. Located in Gotham City, XYZ employs over 2,000 people and does all kinds of awesome things for the Gotham community.</p></blockquote>\n<!-- /wp:quote -->\n\n<!-- wp:paragraph -->\n<p>As a new WordPress user, you should go to <a href=\"https://www.example.test/wp-admin/\">your dashboard</a> to delete this page and create new pages for your content. Have fun!</p>\n<!-- /wp:paragraph -->','Sample Page','','publish','closed','open','','sample-page','','','2026-11-26 01:23:05','2026-11-26 01:23:05','',0,'https://www.example.test/?page_id=2',0,'page','',0),
(3,1,'2026-11-26 01:23:05','2026-11-26 01:23:05','<!-- wp:heading --><h2>Who we are</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>Our website address is: https://www.example.test.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>Comments</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>When visitors leave comments on the site we collect the data shown in the comments form, and also the visitor&#8217;s IP address and browser user agent string to help spam detection.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>An anonymized string created from your email address (also called a hash) may be provided to the Gravatar service to see if you are using it. The Gravatar service privacy policy is available here: https://automattic.com/privacy/. After approval of your comment, your profile picture is visible to the public in the context of your comment.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>Media</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>If you upload images to the website, you should avoid uploading images with embedded location data (EXIF GPS) included. Visitors to the website can download and extract any location data from images on the website.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>Cookies</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>If you leave a comment on our site you may opt-in to saving your name, email address and website in cookies. These are for your convenience so that you do not have to fill in your details again when you leave another comment. These cookies will last for one year.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>If you visit our login page, we will set a temporary cookie to determine if your browser accepts cookies. This cookie contains no personal data and is discarded when you close your browser.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>When you log in, we will also set up several cookies to save your login information and your screen display choices. Login cookies last for two days, and screen options cookies last for a year. If you select &quot;Remember Me&quot;, your login will persist for two weeks. If you log out of your account, the login cookies will be removed.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>If you edit or publish an article, an additional cookie will be saved in your browser. This cookie includes no personal data and simply indicates the post ID of the article you just edited. It expires after 1 day.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>Embedded content from other websites</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>Articles on this site may include embedded content (e.g. videos, images, articles, etc.). Embedded content from other websites behaves in the exact same way as if the visitor has visited the other website.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>These websites may collect data about you, use cookies, embed additional third-party tracking, and monitor your interaction with that embedded content, including tracking your interaction with the embedded content if you have an account and are logged in to that website.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>Who we share your data with</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>If you request a password reset, your IP address will be included in the reset email.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>How long we retain your data</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>If you leave a comment, the comment and its metadata are retained indefinitely. This is so we can recognize and approve any follow-up comments automatically instead of holding them in a moderation queue.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>For users that register on our website (if any), we also store the personal information they provide in their user profile. All users can see, edit, or delete their personal information at any time (except they cannot change their username). Website administrators can also see and edit that information.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>What rights you have over your data</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>If you have an account on this site, or have left comments, you can request to receive an exported file of the personal data we hold about you, including any data you have provided to us. You can also request that we erase any personal data we hold about you. This does not include any data we are obliged to keep for administrative, legal, or security purposes.</p><!-- /wp:paragraph --><!-- wp:heading --><h2>Where your data is sent</h2><!-- /wp:heading --><!-- wp:paragraph --><p><strong class=\"privacy-policy-tutorial\">Suggested text: </strong>Visitor comments may be checked through an automated spam detection service.</p><!-- /wp:paragraph -->','Privacy Policy','','draft','closed','open','','privacy-policy','','','2026-11-26 01:23:05','2026-11-26 01:23:05','',0,'https://www.example.test/?page_id=3',0,'page','',0),
(4,1,'2026-11-26 01:27:34','2026-11-26 01:27:34','<!-- wp:paragraph --><p>release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über <a href=\"https://www.example.test/2024/01/post-1/\">internal link</a>, <a href=\"http://www.example.test/legacy-1\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":1,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/1/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/1/\"><img src=\"https://www.example.test/wp-content/uploads/2024/02/photo-1.jpg\" alt=\"Photo 1\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/02/photo-1.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/02/photo-1.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 1</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-1%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress </p><!-- /wp:paragraph -->','Generated post 1 — r','Read more at https://www.example.test/generated-post-1/','publish','open','open','','generated-post-1','','','2026-11-26 01:27:34','2026-11-26 01:27:34','',0,'https://www.example.test/generated-post-1/',0,'post','',1),
(5,1,'2026-11-26 01:27:34','2026-11-26 01:27:34','<!-- wp:paragraph --><p>café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress <a href=\"https://www.example.test/2024/01/post-2/\">internal link</a>, <a href=\"http://www.example.test/legacy-2\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":2,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/2/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/2/\"><img src=\"https://www.example.test/wp-content/uploads/2024/03/photo-2.jpg\" alt=\"Photo 2\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/03/photo-2.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/03/photo-2.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 2</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-2%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße </p><!-- /wp:paragraph -->','Generated post 2 — c','Read more at https://www.example.test/generated-post-2/','publish','open','open','','generated-post-2','','','2026-11-26 01:27:34','2026-11-26 01:27:34','',0,'https://www.example.test/generated-post-2/',0,'post','',1),
(6,1,'2026-11-26 01:27:34','2026-11-26 01:27:34','<!-- wp:paragraph --><p>theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße <a href=\"https://www.example.test/2024/01/post-3/\">internal link</a>, <a href=\"http://www.example.test/legacy-3\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":3,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/3/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/3/\"><img src=\"https://www.example.test/wp-content/uploads/2024/04/photo-3.jpg\" alt=\"Photo 3\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/04/photo-3.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/04/photo-3.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 3</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-3%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release </p><!-- /wp:paragraph -->','Generated post 3 — t','Read more at https://www.example.test/generated-post-3/','publish','open','open','','generated-post-3','','','2026-11-26 01:27:34','2026-11-26 01:27:34','',0,'https://www.example.test/generated-post-3/',0,'post','',1),
(7,1,'2026-11-26 01:27:34','2026-11-26 01:27:34','<!-- wp:paragraph --><p>emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release <a href=\"https://www.example.test/2024/01/post-4/\">internal link</a>, <a href=\"http://www.example.test/legacy-4\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":4,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/4/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/4/\"><img src=\"https://www.example.test/wp-content/uploads/2024/05/photo-4.jpg\" alt=\"Photo 4\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/05/photo-4.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/05/photo-4.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 4</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-4%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café </p><!-- /wp:paragraph -->','Generated post 4 — e','Read more at https://www.example.test/generated-post-4/','publish','open','open','','generated-post-4','','','2026-11-26 01:27:34','2026-11-26 01:27:34','',0,'https://www.example.test/generated-post-4/',0,'post','',1),
(8,0,'2026-11-26 01:27:35','2026-11-26 01:27:35','y','x — ü','','publish','open','open','','x-u','','','2026-11-26 01:27:35','2026-11-26 01:27:35','',0,'https://www.example.test/x-u/',0,'post','',0),
(9,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café <a href=\"https://www.example.test/2024/01/post-5/\">internal link</a>, <a href=\"http://www.example.test/legacy-5\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":5,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/5/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/5/\"><img src=\"https://www.example.test/wp-content/uploads/2024/06/photo-5.jpg\" alt=\"Photo 5\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/06/photo-5.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/06/photo-5.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 5</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-5%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme </p><!-- /wp:paragraph -->','Generated post 5 — Ελληνικά','Read more at https://www.example.test/generated-post-5/','publish','open','open','','generated-post-5','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-5/',0,'post','',1),
(10,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme <a href=\"https://www.example.test/2024/01/post-6/\">internal link</a>, <a href=\"http://www.example.test/legacy-6\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":6,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/6/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/6/\"><img src=\"https://www.example.test/wp-content/uploads/2024/07/photo-6.jpg\" alt=\"Photo 6\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/07/photo-6.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/07/photo-6.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 6</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-6%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ </p><!-- /wp:paragraph -->','Generated post 6 — staging','Read more at https://www.example.test/generated-post-6/','publish','open','open','','generated-post-6','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-6/',0,'post','',1),
(11,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ <a href=\"https://www.example.test/2024/01/post-7/\">internal link</a>, <a href=\"http://www.example.test/legacy-7\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":7,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/7/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/7/\"><img src=\"https://www.example.test/wp-content/uploads/2024/08/photo-7.jpg\" alt=\"Photo 7\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/08/photo-7.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/08/photo-7.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 7</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-7%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά </p><!-- /wp:paragraph -->','Generated post 7 — naïve','Read more at https://www.example.test/generated-post-7/','publish','open','open','','generated-post-7','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-7/',0,'post','',1),
(12,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά <a href=\"https://www.example.test/2024/01/post-8/\">internal link</a>, <a href=\"http://www.example.test/legacy-8\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":8,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/8/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/8/\"><img src=\"https://www.example.test/wp-content/uploads/2024/09/photo-8.jpg\" alt=\"Photo 8\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/09/photo-8.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/09/photo-8.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 8</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-8%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging </p><!-- /wp:paragraph -->','Generated post 8 — plugin','Read more at https://www.example.test/generated-post-8/','publish','open','open','','generated-post-8','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-8/',0,'post','',1),
(13,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging <a href=\"https://www.example.test/2024/01/post-9/\">internal link</a>, <a href=\"http://www.example.test/legacy-9\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":9,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/9/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/9/\"><img src=\"https://www.example.test/wp-content/uploads/2024/01/photo-9.jpg\" alt=\"Photo 9\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/01/photo-9.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/01/photo-9.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 9</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-9%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve </p><!-- /wp:paragraph -->','Generated post 9 — 日本語','Read more at https://www.example.test/generated-post-9/','publish','open','open','','generated-post-9','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-9/',0,'post','',1),
(14,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve <a href=\"https://www.example.test/2024/01/post-10/\">internal link</a>, <a href=\"http://www.example.test/legacy-10\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":10,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/10/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/10/\"><img src=\"https://www.example.test/wp-content/uploads/2024/02/photo-10.jpg\" alt=\"Photo 10\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/02/photo-10.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/02/photo-10.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 10</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-10%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin </p><!-- /wp:paragraph -->','Generated post 10 — über','Read more at https://www.example.test/generated-post-10/','publish','open','open','','generated-post-10','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-10/',0,'post','',1),
(15,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin <a href=\"https://www.example.test/2024/01/post-11/\">internal link</a>, <a href=\"http://www.example.test/legacy-11\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":11,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/11/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/11/\"><img src=\"https://www.example.test/wp-content/uploads/2024/03/photo-11.jpg\" alt=\"Photo 11\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/03/photo-11.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/03/photo-11.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 11</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-11%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 </p><!-- /wp:paragraph -->','Generated post 11 — WordPress','Read more at https://www.example.test/generated-post-11/','publish','open','open','','generated-post-11','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-11/',0,'post','',1),
(16,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 <a href=\"https://www.example.test/2024/01/post-12/\">internal link</a>, <a href=\"http://www.example.test/legacy-12\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":12,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/12/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/12/\"><img src=\"https://www.example.test/wp-content/uploads/2024/04/photo-12.jpg\" alt=\"Photo 12\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/04/photo-12.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/04/photo-12.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 12</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-12%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über </p><!-- /wp:paragraph -->','Generated post 12 — Grüße','Read more at https://www.example.test/generated-post-12/','publish','open','open','','generated-post-12','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-12/',0,'post','',1),
(17,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über <a href=\"https://www.example.test/2024/01/post-13/\">internal link</a>, <a href=\"http://www.example.test/legacy-13\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":13,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/13/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/13/\"><img src=\"https://www.example.test/wp-content/uploads/2024/05/photo-13.jpg\" alt=\"Photo 13\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/05/photo-13.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/05/photo-13.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 13</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-13%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress </p><!-- /wp:paragraph -->','Generated post 13 — release','Read more at https://www.example.test/generated-post-13/','publish','open','open','','generated-post-13','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-13/',0,'post','',1),
(18,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress <a href=\"https://www.example.test/2024/01/post-14/\">internal link</a>, <a href=\"http://www.example.test/legacy-14\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":14,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/14/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/14/\"><img src=\"https://www.example.test/wp-content/uploads/2024/06/photo-14.jpg\" alt=\"Photo 14\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/06/photo-14.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/06/photo-14.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 14</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-14%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße </p><!-- /wp:paragraph -->','Generated post 14 — café','Read more at https://www.example.test/generated-post-14/','publish','open','open','','generated-post-14','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-14/',0,'post','',1),
(19,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße <a href=\"https://www.example.test/2024/01/post-15/\">internal link</a>, <a href=\"http://www.example.test/legacy-15\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":15,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/15/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/15/\"><img src=\"https://www.example.test/wp-content/uploads/2024/07/photo-15.jpg\" alt=\"Photo 15\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/07/photo-15.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/07/photo-15.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 15</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-15%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release </p><!-- /wp:paragraph -->','Generated post 15 — theme','Read more at https://www.example.test/generated-post-15/','publish','open','open','','generated-post-15','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-15/',0,'post','',1),
(20,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release <a href=\"https://www.example.test/2024/01/post-16/\">internal link</a>, <a href=\"http://www.example.test/legacy-16\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":16,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/16/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/16/\"><img src=\"https://www.example.test/wp-content/uploads/2024/08/photo-16.jpg\" alt=\"Photo 16\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/08/photo-16.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/08/photo-16.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 16</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-16%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café </p><!-- /wp:paragraph -->','Generated post 16 — emoji','Read more at https://www.example.test/generated-post-16/','publish','open','open','','generated-post-16','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-16/',0,'post','',1),
(21,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café <a href=\"https://www.example.test/2024/01/post-17/\">internal link</a>, <a href=\"http://www.example.test/legacy-17\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":17,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/17/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/17/\"><img src=\"https://www.example.test/wp-content/uploads/2024/09/photo-17.jpg\" alt=\"Photo 17\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/09/photo-17.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/09/photo-17.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 17</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-17%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme </p><!-- /wp:paragraph -->','Generated post 17 — Ελληνικά','Read more at https://www.example.test/generated-post-17/','publish','open','open','','generated-post-17','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-17/',0,'post','',1),
(22,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme <a href=\"https://www.example.test/2024/01/post-18/\">internal link</a>, <a href=\"http://www.example.test/legacy-18\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":18,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/18/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/18/\"><img src=\"https://www.example.test/wp-content/uploads/2024/01/photo-18.jpg\" alt=\"Photo 18\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/01/photo-18.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/01/photo-18.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 18</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-18%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ </p><!-- /wp:paragraph -->','Generated post 18 — staging','Read more at https://www.example.test/generated-post-18/','publish','open','open','','generated-post-18','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-18/',0,'post','',1),
(23,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ <a href=\"https://www.example.test/2024/01/post-19/\">internal link</a>, <a href=\"http://www.example.test/legacy-19\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":19,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/19/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/19/\"><img src=\"https://www.example.test/wp-content/uploads/2024/02/photo-19.jpg\" alt=\"Photo 19\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/02/photo-19.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/02/photo-19.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 19</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-19%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά </p><!-- /wp:paragraph -->','Generated post 19 — naïve','Read more at https://www.example.test/generated-post-19/','publish','open','open','','generated-post-19','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-19/',0,'post','',1),
(24,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά <a href=\"https://www.example.test/2024/01/post-20/\">internal link</a>, <a href=\"http://www.example.test/legacy-20\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":20,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/20/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/20/\"><img src=\"https://www.example.test/wp-content/uploads/2024/03/photo-20.jpg\" alt=\"Photo 20\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/03/photo-20.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/03/photo-20.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 20</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-20%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging </p><!-- /wp:paragraph -->','Generated post 20 — plugin','Read more at https://www.example.test/generated-post-20/','publish','open','open','','generated-post-20','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-20/',0,'post','',1),
(25,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging <a href=\"https://www.example.test/2024/01/post-21/\">internal link</a>, <a href=\"http://www.example.test/legacy-21\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":21,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/21/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/21/\"><img src=\"https://www.example.test/wp-content/uploads/2024/04/photo-21.jpg\" alt=\"Photo 21\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/04/photo-21.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/04/photo-21.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 21</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-21%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve </p><!-- /wp:paragraph -->','Generated post 21 — 日本語','Read more at https://www.example.test/generated-post-21/','publish','open','open','','generated-post-21','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-21/',0,'post','',1),
(26,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve <a href=\"https://www.example.test/2024/01/post-22/\">internal link</a>, <a href=\"http://www.example.test/legacy-22\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":22,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/22/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/22/\"><img src=\"https://www.example.test/wp-content/uploads/2024/05/photo-22.jpg\" alt=\"Photo 22\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/05/photo-22.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/05/photo-22.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 22</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-22%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin </p><!-- /wp:paragraph -->','Generated post 22 — über','Read more at https://www.example.test/generated-post-22/','publish','open','open','','generated-post-22','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-22/',0,'post','',1),
(27,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin <a href=\"https://www.example.test/2024/01/post-23/\">internal link</a>, <a href=\"http://www.example.test/legacy-23\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":23,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/23/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/23/\"><img src=\"https://www.example.test/wp-content/uploads/2024/06/photo-23.jpg\" alt=\"Photo 23\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/06/photo-23.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/06/photo-23.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 23</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-23%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 </p><!-- /wp:paragraph -->','Generated post 23 — WordPress','Read more at https://www.example.test/generated-post-23/','publish','open','open','','generated-post-23','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-23/',0,'post','',1),
(28,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 <a href=\"https://www.example.test/2024/01/post-24/\">internal link</a>, <a href=\"http://www.example.test/legacy-24\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":24,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/24/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/24/\"><img src=\"https://www.example.test/wp-content/uploads/2024/07/photo-24.jpg\" alt=\"Photo 24\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/07/photo-24.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/07/photo-24.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 24</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-24%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über </p><!-- /wp:paragraph -->','Generated post 24 — Grüße','Read more at https://www.example.test/generated-post-24/','publish','open','open','','generated-post-24','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-24/',0,'post','',1),
(29,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über <a href=\"https://www.example.test/2024/01/post-25/\">internal link</a>, <a href=\"http://www.example.test/legacy-25\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":25,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/25/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/25/\"><img src=\"https://www.example.test/wp-content/uploads/2024/08/photo-25.jpg\" alt=\"Photo 25\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/08/photo-25.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/08/photo-25.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 25</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-25%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress </p><!-- /wp:paragraph -->','Generated post 25 — release','Read more at https://www.example.test/generated-post-25/','publish','open','open','','generated-post-25','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-25/',0,'post','',1),
(30,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress <a href=\"https://www.example.test/2024/01/post-26/\">internal link</a>, <a href=\"http://www.example.test/legacy-26\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":26,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/26/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/26/\"><img src=\"https://www.example.test/wp-content/uploads/2024/09/photo-26.jpg\" alt=\"Photo 26\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/09/photo-26.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/09/photo-26.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 26</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-26%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße </p><!-- /wp:paragraph -->','Generated post 26 — café','Read more at https://www.example.test/generated-post-26/','publish','open','open','','generated-post-26','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-26/',0,'post','',1),
(31,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße <a href=\"https://www.example.test/2024/01/post-27/\">internal link</a>, <a href=\"http://www.example.test/legacy-27\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":27,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/27/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/27/\"><img src=\"https://www.example.test/wp-content/uploads/2024/01/photo-27.jpg\" alt=\"Photo 27\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/01/photo-27.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/01/photo-27.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 27</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-27%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release </p><!-- /wp:paragraph -->','Generated post 27 — theme','Read more at https://www.example.test/generated-post-27/','publish','open','open','','generated-post-27','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-27/',0,'post','',1),
(32,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release <a href=\"https://www.example.test/2024/01/post-28/\">internal link</a>, <a href=\"http://www.example.test/legacy-28\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":28,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/28/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/28/\"><img src=\"https://www.example.test/wp-content/uploads/2024/02/photo-28.jpg\" alt=\"Photo 28\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/02/photo-28.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/02/photo-28.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 28</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-28%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café </p><!-- /wp:paragraph -->','Generated post 28 — emoji','Read more at https://www.example.test/generated-post-28/','publish','open','open','','generated-post-28','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-28/',0,'post','',1),
(33,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café <a href=\"https://www.example.test/2024/01/post-29/\">internal link</a>, <a href=\"http://www.example.test/legacy-29\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":29,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/29/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/29/\"><img src=\"https://www.example.test/wp-content/uploads/2024/03/photo-29.jpg\" alt=\"Photo 29\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/03/photo-29.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/03/photo-29.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 29</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-29%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme </p><!-- /wp:paragraph -->','Generated post 29 — Ελληνικά','Read more at https://www.example.test/generated-post-29/','publish','open','open','','generated-post-29','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-29/',0,'post','',1),
(34,1,'2026-11-26 01:27:37','2026-11-26 01:27:37','<!-- wp:paragraph --><p>staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme <a href=\"https://www.example.test/2024/01/post-30/\">internal link</a>, <a href=\"http://www.example.test/legacy-30\">legacy http</a>, <a href=\"https://www.example.test.au/x\">other country</a>, <a href=\"https://www.example.testimonials.org/\">testimonials</a>, mail info@www.example.test.</p><!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":30,\"sizeSlug\":\"large\",\"linkDestination\":\"custom\",\"href\":\"https://www.example.test/gallery/30/\"} --><figure class=\"wp-block-image size-large\"><a href=\"https://www.example.test/gallery/30/\"><img src=\"https://www.example.test/wp-content/uploads/2024/04/photo-30.jpg\" alt=\"Photo 30\" /></a></figure><!-- /wp:image -->\n\n<!-- wp:cover {\"url\":\"https://www.example.test/wp-content/uploads/2024/04/photo-30.jpg\",\"dimRatio\":50} --><div class=\"wp-block-cover\"><img class=\"wp-block-cover__image-background\" src=\"https://www.example.test/wp-content/uploads/2024/04/photo-30.jpg\" /><div class=\"wp-block-cover__inner-container\"><p>Cover 30</p></div></div><!-- /wp:cover -->\n\n<!-- wp:html --><a href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.test%2Fpost-30%2F\">Share</a><!-- /wp:html -->\n\n<!-- wp:paragraph --><p>naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ WordPress staging release plugin theme über Ελληνικά Grüße naïve café 日本語 emoji ✓ </p><!-- /wp:paragraph -->','Generated post 30 — staging','Read more at https://www.example.test/generated-post-30/','publish','open','open','','generated-post-30','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/generated-post-30/',0,'post','',1),
(35,0,'2026-11-26 01:27:37','2026-11-26 01:27:37','','Home','','publish','closed','closed','','home','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/home/',0,'nav_menu_item','',0),
(36,0,'2026-11-26 01:27:37','2026-11-26 01:27:37','','Shop','','publish','closed','closed','','shop','','','2026-11-26 01:27:37','2026-11-26 01:27:37','',0,'https://www.example.test/shop/',2,'nav_menu_item','',0);
/*!40000 ALTER TABLE `wp_posts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_term_relationships`
--

DROP TABLE IF EXISTS `wp_term_relationships`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_term_relationships` (
  `object_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `term_taxonomy_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `term_order` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`object_id`,`term_taxonomy_id`),
  KEY `term_taxonomy_id` (`term_taxonomy_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_term_relationships`
--

LOCK TABLES `wp_term_relationships` WRITE;
/*!40000 ALTER TABLE `wp_term_relationships` DISABLE KEYS */;
INSERT INTO `wp_term_relationships` VALUES
(1,1,0),
(4,1,0),
(5,1,0),
(6,1,0),
(7,1,0),
(8,1,0),
(9,1,0),
(10,1,0),
(11,1,0),
(12,1,0),
(13,1,0),
(14,1,0),
(15,1,0),
(16,1,0),
(17,1,0),
(18,1,0),
(19,1,0),
(20,1,0),
(21,1,0),
(22,1,0),
(23,1,0),
(24,1,0),
(25,1,0),
(26,1,0),
(27,1,0),
(28,1,0),
(29,1,0),
(30,1,0),
(31,1,0),
(32,1,0),
(33,1,0),
(34,1,0),
(35,2,0),
(36,2,0);
/*!40000 ALTER TABLE `wp_term_relationships` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_term_taxonomy`
--

DROP TABLE IF EXISTS `wp_term_taxonomy`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_term_taxonomy` (
  `term_taxonomy_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `term_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `taxonomy` varchar(32) NOT NULL DEFAULT '',
  `description` longtext NOT NULL,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `count` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`term_taxonomy_id`),
  UNIQUE KEY `term_id_taxonomy` (`term_id`,`taxonomy`),
  KEY `taxonomy` (`taxonomy`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_term_taxonomy`
--

LOCK TABLES `wp_term_taxonomy` WRITE;
/*!40000 ALTER TABLE `wp_term_taxonomy` DISABLE KEYS */;
INSERT INTO `wp_term_taxonomy` VALUES
(1,1,'category','',0,32),
(2,2,'nav_menu','',0,2);
/*!40000 ALTER TABLE `wp_term_taxonomy` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_termmeta`
--

DROP TABLE IF EXISTS `wp_termmeta`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_termmeta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `term_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext DEFAULT NULL,
  PRIMARY KEY (`meta_id`),
  KEY `term_id` (`term_id`),
  KEY `meta_key` (`meta_key`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_termmeta`
--

LOCK TABLES `wp_termmeta` WRITE;
/*!40000 ALTER TABLE `wp_termmeta` DISABLE KEYS */;
/*!40000 ALTER TABLE `wp_termmeta` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_terms`
--

DROP TABLE IF EXISTS `wp_terms`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_terms` (
  `term_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL DEFAULT '',
  `slug` varchar(200) NOT NULL DEFAULT '',
  `term_group` bigint(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`term_id`),
  KEY `slug` (`slug`(191)),
  KEY `name` (`name`(191))
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_terms`
--

LOCK TABLES `wp_terms` WRITE;
/*!40000 ALTER TABLE `wp_terms` DISABLE KEYS */;
INSERT INTO `wp_terms` VALUES
(1,'Uncategorized','uncategorized',0),
(2,'Main','main',0);
/*!40000 ALTER TABLE `wp_terms` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_usermeta`
--

DROP TABLE IF EXISTS `wp_usermeta`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_usermeta` (
  `umeta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext DEFAULT NULL,
  PRIMARY KEY (`umeta_id`),
  KEY `user_id` (`user_id`),
  KEY `meta_key` (`meta_key`(191))
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_usermeta`
--

LOCK TABLES `wp_usermeta` WRITE;
/*!40000 ALTER TABLE `wp_usermeta` DISABLE KEYS */;
INSERT INTO `wp_usermeta` VALUES
(1,1,'nickname','admin'),
(2,1,'first_name',''),
(3,1,'last_name',''),
(4,1,'description',''),
(5,1,'rich_editing','true'),
(6,1,'syntax_highlighting','true'),
(7,1,'comment_shortcuts','false'),
(8,1,'admin_color','fresh'),
(9,1,'use_ssl','0'),
(10,1,'show_admin_bar_front','true'),
(11,1,'locale',''),
(12,1,'wp_capabilities','a:1:{s:13:\"administrator\";b:1;}'),
(13,1,'wp_user_level','10'),
(14,1,'dismissed_wp_pointers',''),
(15,1,'show_welcome_panel','1');
/*!40000 ALTER TABLE `wp_usermeta` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_users`
--

DROP TABLE IF EXISTS `wp_users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_users` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_login` varchar(60) NOT NULL DEFAULT '',
  `user_pass` varchar(255) NOT NULL DEFAULT '',
  `user_nicename` varchar(50) NOT NULL DEFAULT '',
  `user_email` varchar(100) NOT NULL DEFAULT '',
  `user_url` varchar(100) NOT NULL DEFAULT '',
  `user_registered` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `user_activation_key` varchar(255) NOT NULL DEFAULT '',
  `user_status` int(11) NOT NULL DEFAULT 0,
  `display_name` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`ID`),
  KEY `user_login_key` (`user_login`),
  KEY `user_nicename` (`user_nicename`),
  KEY `user_email` (`user_email`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_users`
--

LOCK TABLES `wp_users` WRITE;
/*!40000 ALTER TABLE `wp_users` DISABLE KEYS */;
INSERT INTO `wp_users` VALUES
(1,'admin','$P$B6q0QhVKEZrV0SxlavtVq8rwcHEPdx/','admin','admin@www.example.test','https://www.example.test/author/admin','2026-11-26 01:23:05','',0,'admin');
/*!40000 ALTER TABLE `wp_users` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-11-26  1:27:40
