import { http, HttpResponse } from 'msw';
import { DEMO_USER } from '../db';
import { failure } from './respond';

/*
 * The demo backend signs nobody in: everyone is its one admin, and /api/me says `demo: true` so the
 * designer can tell the user that this server forgets everything on reload. User management has
 * nothing behind it here.
 */
export const sessionHandlers = [
  http.get('*/api/me', () => HttpResponse.json({ user: DEMO_USER, demo: true })),
  http.post('*/api/session', () => HttpResponse.json({ user: DEMO_USER })),
  http.delete('*/api/session', () => new HttpResponse(null, { status: 204 })),
  http.get('*/api/users', () => HttpResponse.json({ users: [DEMO_USER] })),
  http.post('*/api/users', () => failure(403, 'The demo server has one user.')),
  http.patch('*/api/users/:username', () => failure(403, 'The demo server has one user.')),
  http.delete('*/api/users/:username', () => failure(403, 'The demo server has one user.')),
];
