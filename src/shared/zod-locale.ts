import { z } from 'zod';

// Zod's built-in Vietnamese messages, so every validation error a user reads is Vietnamese.
z.config(z.locales.vi());

export { z };
