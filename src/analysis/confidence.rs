//! A confidence, 0 to 1 in hundredths, written in JSON as a plain number ("0.95").
//!
//! An `f64` field would do the same, but serialising one links serde_json's float formatting
//! into the wasm: 13 KB gzip for a field of at most three digits. The number is written as
//! raw JSON text instead (serde_json's `raw_value`), from integer arithmetic.

use serde::{Deserialize, Serialize};

/// A confidence in hundredths: `Confidence::from_percent(95)` is written `0.95`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Confidence(u8);

impl Confidence {
    /// `percent` over 100 counts as 100.
    pub fn from_percent(percent: u8) -> Confidence {
        Confidence(percent.min(100))
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    /// As a number from 0 to 1.
    pub fn value(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// The JSON text: "0", "0.5", "0.95", "1".
    fn text(self) -> String {
        match self.0 {
            0 => "0".to_string(),
            100 => "1".to_string(),
            p if p % 10 == 0 => format!("0.{}", p / 10),
            p => format!("0.{p:02}"),
        }
    }
}

impl Serialize for Confidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = serde_json::value::RawValue::from_string(self.text())
            .map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Confidence, D::Error> {
        let x = f64::deserialize(deserializer)?;
        if !(0.0..=1.0).contains(&x) {
            return Err(serde::de::Error::custom(format!("a confidence from 0 to 1, not {x}")));
        }
        Ok(Confidence((x * 100.0).round() as u8))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_as_a_plain_number_and_read_back() {
        for (percent, text) in [(0, "0"), (5, "0.05"), (50, "0.5"), (95, "0.95"), (100, "1")] {
            let c = Confidence::from_percent(percent);
            assert_eq!(serde_json::to_string(&c).unwrap(), text);
            assert_eq!(serde_json::from_str::<Confidence>(text).unwrap(), c);
            assert_eq!(c.value(), percent as f64 / 100.0);
        }
        assert_eq!(Confidence::from_percent(250).percent(), 100);
        assert!(serde_json::from_str::<Confidence>("1.5").is_err());
        let some: Option<Confidence> = Some(Confidence::from_percent(65));
        assert_eq!(serde_json::to_string(&some).unwrap(), "0.65");
    }
}
