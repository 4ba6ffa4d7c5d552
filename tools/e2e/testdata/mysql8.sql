-- A dump in the format of MySQL 8.0's mysqldump (8.0.36), written by hand
-- from MySQL's documentation: no MySQL 8 server or client can be installed
-- here (Debian ships MariaDB only). Each feature is traced to the MySQL 8.0
-- Reference Manual in the comment beside it; restored into MariaDB by
-- TestMySQL8DumpRestoresIntoMariaDB. The comment lines below that start
-- with "-- " are mysqldump's own header and section comments.
--
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.0.2.20    Database: wordpress
-- ------------------------------------------------------
-- Server version	8.0.36

-- Version-specific executable comments: /*!NNNNN ... */ runs on a server
-- whose version is NNNNN or later ("Comments", MySQL 8.0 Reference Manual,
-- Language Structure). MariaDB runs them too (its versions are larger).
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
-- With GTIDs on, mysqldump turns binary logging off for the restore and
-- records the GTID set ("mysqldump", option --set-gtid-purged, default
-- AUTO: on when the server has GTIDs). Both need privileges a WordPress
-- user lacks; wpsync's restore drops them.
SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;
SET @@SESSION.SQL_LOG_BIN= 0;

--
-- GTID state at the beginning of the backup 
--

SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '3e11fa47-71ca-11e1-9e33-c80aa9429562:1-57';

--
-- Table structure for table `wp_options`
--

DROP TABLE IF EXISTS `wp_options`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
-- utf8mb4_0900_ai_ci: MySQL 8.0's default utf8mb4 collation ("Unicode
-- Character Sets", "The utf8mb4 Character Set"); MariaDB has no _0900_
-- collations: the restore maps it (utf8mb4_unicode_520_ci) and says so.
CREATE TABLE `wp_options` (
  `option_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `option_name` varchar(191) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT '',
  `option_value` longtext COLLATE utf8mb4_unicode_520_ci NOT NULL,
  `autoload` varchar(20) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT 'yes',
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_name` (`option_name`),
  KEY `autoload` (`autoload`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_options`
--

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://staging.example.test','yes'),(2,'home','https://staging.example.test','yes'),(3,'blogname','From MySQL 8 — café','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `wp_mysql8_features`
--

DROP TABLE IF EXISTS `wp_mysql8_features`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
-- Integer display widths are gone from SHOW CREATE TABLE in 8.0.19
-- ("Numeric Data Type Syntax": deprecated display width), so `int` and
-- `bigint unsigned` appear bare.
-- Expression defaults in parentheses, 8.0.13 ("Data Type Default Values":
-- explicit default handling, expressions as defaults).
-- DEFAULT CURRENT_TIMESTAMP shows as written; 8.0.13 marks such columns
-- DEFAULT_GENERATED in INFORMATION_SCHEMA.COLUMNS.EXTRA, which is not part
-- of the dump text (the column's EXTRA on the target is MariaDB's own).
-- Invisible columns, 8.0.23 ("Invisible Columns"): SHOW CREATE TABLE wraps
-- the keyword in a versioned comment, /*!80023 INVISIBLE */; MariaDB has
-- invisible columns (10.3) and runs the comment.
-- The table's collation utf8mb4_0900_ai_ci and a column's utf8mb4_0900_as_cs.
CREATE TABLE `wp_mysql8_features` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(36) NOT NULL DEFAULT (uuid()),
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `label` varchar(64) COLLATE utf8mb4_0900_as_cs DEFAULT NULL,
  `secret` varchar(32) DEFAULT NULL /*!80023 INVISIBLE */,
  `doubled` int GENERATED ALWAYS AS ((`id` * 2)) VIRTUAL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_mysql8_features`
--

-- mysqldump lists the columns when a table has invisible ones (8.0.23,
-- "Invisible Columns": they are dumped, and named, so a restore fills
-- them), and leaves generated columns out of both lists.
LOCK TABLES `wp_mysql8_features` WRITE;
/*!40000 ALTER TABLE `wp_mysql8_features` DISABLE KEYS */;
INSERT INTO `wp_mysql8_features` (`id`, `token`, `created`, `label`, `secret`) VALUES (1,'2f1b6c7e-3a52-11ef-9a3c-0242ac120002','2024-06-30 10:00:00','Case','hidden one'),(2,'2f1b6c7f-3a52-11ef-9a3c-0242ac120002','2024-06-30 10:00:01','case',NULL);
/*!40000 ALTER TABLE `wp_mysql8_features` ENABLE KEYS */;
UNLOCK TABLES;
SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-06-30 10:00:02
