// Anchor for the translation resources; qt_add_translations needs a target.
