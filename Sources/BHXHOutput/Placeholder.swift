// Placeholder until this module lands; replace me.
