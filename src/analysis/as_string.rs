//! Output values written as strings: a type held compactly in memory (a [`super::Id`], a
//! [`crate::Date`]) is serialised through its `Display` and read back through its `FromStr`,
//! so the JSON (and the TypeScript type) stay plain strings.

/// `string_serde!(Type, "what a valid string looks like")`: `Serialize` by `Display`,
/// `Deserialize` by `FromStr`, naming the expectation when the string does not parse.
macro_rules! string_serde {
    ($type:ty, $expected:literal) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<$type, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                s.parse().map_err(|_| {
                    serde::de::Error::invalid_value(serde::de::Unexpected::Str(&s), &$expected)
                })
            }
        }
    };
}

pub(crate) use string_serde;
