/**
 * A small Matrix Client-Server API v3 client on OkHttp and Jackson: typed request and response
 * records, errors classified into what a caller must do (wait as asked, back off, report an expired
 * token, give up), and the connection's health as the homeserver last answered it.
 */
package dev.perfsheriff.chat.matrix.client;
