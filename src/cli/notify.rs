//! Desktop notifications through the session bus, for `check --notify`.
//!
//! payoff never uses the network, so it only ever talks to a session bus over a local unix
//! socket: an address such as `tcp:host=...` (which D-Bus allows) is refused before any
//! connection is tried, and so no socket beyond the local one is ever opened.

use std::path::Path;

/// Raises a notification, or says why none can be raised (no session bus, say).
pub fn send(summary: String, body: &str) -> Result<(), String> {
    match std::env::var("DBUS_SESSION_BUS_ADDRESS") {
        Ok(address) => local_only(&address)?,
        Err(_) => {
            // Without the variable the bus is `$XDG_RUNTIME_DIR/bus`, a unix socket.
            let runtime_bus = std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|d| Path::new(&d).join("bus").exists());
            if !runtime_bus {
                return Err("no session bus here (DBUS_SESSION_BUS_ADDRESS is not set)".into());
            }
        }
    }
    notify_rust::Notification::new()
        .appname("payoff")
        .summary(&summary)
        .body(body)
        .show()
        .map(|_| ())
        .map_err(|e| format!("the session bus refused it: {e}"))
}

/// Accepts a D-Bus address list only if every address in it is a unix socket given by its
/// path or abstract name (`unix:path=/run/user/1000/bus`).
fn local_only(address: &str) -> Result<(), String> {
    let local = |a: &str| {
        a.strip_prefix("unix:").is_some_and(|keys| {
            keys.split(',')
                .any(|kv| kv.starts_with("path=") || kv.starts_with("abstract="))
        })
    };
    let addresses: Vec<&str> = address.split(';').filter(|a| !a.is_empty()).collect();
    if !addresses.is_empty() && addresses.iter().all(|a| local(a)) {
        Ok(())
    } else {
        let shown: String = address
            .chars()
            .take(60)
            .flat_map(char::escape_debug)
            .collect();
        Err(format!(
            "the session bus address is not a local unix socket \
             (DBUS_SESSION_BUS_ADDRESS=\"{shown}\"); payoff never uses the network"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::local_only;

    #[test]
    fn only_local_unix_sockets_are_accepted() {
        assert!(local_only("unix:path=/run/user/1000/bus").is_ok());
        assert!(local_only("unix:path=/run/user/1000/bus,guid=abc123").is_ok());
        assert!(local_only("unix:abstract=/tmp/dbus-x;unix:path=/tmp/b").is_ok());
        for bad in [
            "tcp:host=example.org,port=1234",
            "unix:path=/run/bus;tcp:host=10.0.0.1,port=1",
            "nonce-tcp:host=localhost,port=5",
            "unix:tmpdir=/tmp",
            "autolaunch:",
            "launchd:env=X",
            "",
        ] {
            let err = local_only(bad).unwrap_err();
            assert!(err.contains("never uses the network"), "{bad}: {err}");
        }
    }
}
