/**
 * How the app's JVM is started. Runs before anything else, so it uses the JDK alone: every class
 * it loads is start-up time.
 */
package org.silkroadatlas.launch;
