//! The progress line on standard error: only when it is a terminal and the
//! work has lasted a second, so pipes and logs never see it.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Counts documents and bytes and shows them, with MB/s and an ETA when the
/// total size is known.
pub struct Progress {
    enabled: bool,
    total: Option<u64>,
    start: Instant,
    last: Option<Instant>,
    docs: u64,
    bytes: u64,
}

impl Progress {
    /// A progress line for inputs totalling `total` bytes, if known; it stays
    /// silent unless standard error is a terminal.
    pub fn new(enabled: bool, total: Option<u64>) -> Progress {
        Progress {
            enabled: enabled && std::io::stderr().is_terminal(),
            total,
            start: Instant::now(),
            last: None,
            docs: 0,
            bytes: 0,
        }
    }

    /// Whether anything will be shown (callers skip measuring otherwise).
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Adds finished documents and shows the line, at most 5 times a second.
    pub fn add(&mut self, docs: u64, bytes: u64) {
        self.docs += docs;
        self.bytes += bytes;
        let now = Instant::now();
        let elapsed = now - self.start;
        if !self.enabled
            || elapsed < Duration::from_secs(1)
            || self
                .last
                .is_some_and(|l| now - l < Duration::from_millis(200))
        {
            return;
        }
        self.last = Some(now);
        let mb = self.bytes as f64 / 1e6;
        let rate = mb / elapsed.as_secs_f64();
        let mut line = format!("warta: {} docs, {mb:.1} MB, {rate:.1} MB/s", self.docs);
        if let Some(total) = self.total.filter(|&t| t >= self.bytes && rate > 0.0) {
            let eta = (total - self.bytes) as f64 / 1e6 / rate;
            let eta = eta.round() as u64;
            line += &format!(", ETA {}:{:02}", eta / 60, eta % 60);
        }
        let _ = write!(std::io::stderr(), "\r\x1b[K{line}");
    }

    /// Clears the line.
    pub fn finish(&mut self) {
        if self.last.is_some() {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
    }
}
