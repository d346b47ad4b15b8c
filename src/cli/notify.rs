//! Desktop notifications through the session bus, for `check --notify`.

/// Raises a notification, or says why none can be raised (no session bus, say).
pub fn send(summary: String, body: &str) -> Result<(), String> {
    let runtime_bus = std::env::var_os("XDG_RUNTIME_DIR")
        .map(|d| std::path::Path::new(&d).join("bus"))
        .is_some_and(|p| p.exists());
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() && !runtime_bus {
        return Err("no session bus here (DBUS_SESSION_BUS_ADDRESS is not set)".into());
    }
    notify_rust::Notification::new()
        .appname("payoff")
        .summary(&summary)
        .body(body)
        .show()
        .map(|_| ())
        .map_err(|e| format!("the session bus refused it: {e}"))
}
