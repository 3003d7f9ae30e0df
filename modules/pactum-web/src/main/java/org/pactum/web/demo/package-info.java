/** Demo users and agreements drawn from real Russian–Kazakh interregional practice; only in demo mode. */
package org.pactum.web.demo;
