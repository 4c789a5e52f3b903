//! Settings: language, text size, contrast and motion. The device's, or only the session's for a
//! guest and on a library PC, so the next person starts with the defaults.

use crate::app::KlarApp;
use crate::classroom::DeviceMode;
use crate::error::{Error, Result};
use crate::i18n::{self, locale_info, LocaleInfo};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub(crate) const KEY_LOCALE: &str = "locale";
pub(crate) const KEY_TEXT_SIZE: &str = "text_size";
pub(crate) const KEY_CONTRAST: &str = "high_contrast";
pub(crate) const KEY_MOTION: &str = "reduced_motion";
pub(crate) const KEY_WELCOMED: &str = "welcomed";

/// The settings a person may change for themself; in a guest session they are the session's.
pub(crate) const PERSONAL_KEYS: &[&str] = &[KEY_LOCALE, KEY_TEXT_SIZE, KEY_CONTRAST, KEY_MOTION];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TextSize {
    Small,
    Medium,
    Large,
    Xlarge,
}

impl TextSize {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Medium => "medium",
            TextSize::Large => "large",
            TextSize::Xlarge => "xlarge",
        }
    }
    fn parse(s: &str) -> Self {
        match s {
            "small" => TextSize::Small,
            "large" => TextSize::Large,
            "xlarge" => TextSize::Xlarge,
            _ => TextSize::Medium,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Settings {
    pub locale: String,
    pub locale_info: LocaleInfo,
    pub text_size: TextSize,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

/// Changes to settings; absent fields stay as they are.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct SettingsPatch {
    #[ts(optional)]
    pub locale: Option<String>,
    #[ts(optional)]
    pub text_size: Option<TextSize>,
    #[ts(optional)]
    pub high_contrast: Option<bool>,
    #[ts(optional)]
    pub reduced_motion: Option<bool>,
}

impl KlarApp {
    /// Locales offered in the language picker: those with UI strings and the course's required ones.
    pub fn offered_locales(&self) -> Vec<LocaleInfo> {
        i18n::locales::known_locales()
            .filter(|l| {
                self.localizer.locales().any(|have| have == *l)
                    || self.course.required_locales.iter().any(|r| r == l)
                    || (*l == "de-x-ls" && self.localizer.locales().any(|have| have == "de"))
            })
            .map(locale_info)
            .collect()
    }

    pub fn settings(&self) -> Result<Settings> {
        let locale = self.locale()?;
        let flag = |k: &str| -> Result<bool> { Ok(self.personal_setting(k)?.as_deref() == Some("1")) };
        Ok(Settings {
            locale_info: locale_info(&locale),
            locale,
            text_size: TextSize::parse(self.personal_setting(KEY_TEXT_SIZE)?.as_deref().unwrap_or("medium")),
            high_contrast: flag(KEY_CONTRAST)?,
            reduced_motion: flag(KEY_MOTION)?,
        })
    }

    /// Changes settings: the device's, or only the session's for a guest and on a library PC.
    pub fn update_settings(&mut self, patch: SettingsPatch) -> Result<Settings> {
        self.apply_settings(&patch)?;
        self.settings()
    }

    pub fn mark_welcomed(&mut self) -> Result<()> {
        self.storage.set_setting(KEY_WELCOMED, "1")
    }

    /// A personal setting: the session's own value while a guest (or, in a library, the person at
    /// the start screen) uses the PC, else the device's.
    pub(crate) fn personal_setting(&self, key: &str) -> Result<Option<String>> {
        if let Some(v) = self.session_settings.get(key) {
            return Ok(Some(v.clone()));
        }
        self.storage.setting(key)
    }

    /// Whether a settings change belongs to the session rather than the device: a guest's always;
    /// on a library PC anyone's but the teacher's, so the next stranger starts with the defaults.
    fn settings_are_the_sessions(&self) -> Result<bool> {
        if self.current.as_ref().is_some_and(|c| c.is_guest) {
            return Ok(true);
        }
        Ok(self.mode()? == Some(DeviceMode::Library) && !self.admin_session_live())
    }

    pub(crate) fn apply_settings(&mut self, patch: &SettingsPatch) -> Result<()> {
        let mut changes: Vec<(&'static str, String)> = Vec::new();
        if let Some(loc) = &patch.locale {
            if !self.offered_locales().iter().any(|l| &l.code == loc) {
                return Err(Error::invalid(format!("unknown language '{loc}'")));
            }
            changes.push((KEY_LOCALE, loc.clone()));
        }
        if let Some(size) = patch.text_size {
            changes.push((KEY_TEXT_SIZE, size.as_str().to_string()));
        }
        if let Some(b) = patch.high_contrast {
            changes.push((KEY_CONTRAST, if b { "1" } else { "0" }.to_string()));
        }
        if let Some(b) = patch.reduced_motion {
            changes.push((KEY_MOTION, if b { "1" } else { "0" }.to_string()));
        }
        if self.settings_are_the_sessions()? {
            for (k, v) in changes {
                debug_assert!(PERSONAL_KEYS.contains(&k));
                self.session_settings.insert(k, v);
            }
            return Ok(());
        }
        for (k, v) in changes {
            self.storage.set_setting(k, &v)?;
        }
        Ok(())
    }
}
