import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testApp } from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';

describe('GET /api/openapi.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('sqlite');
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('is a valid OpenAPI 3.1 document, checked by an OpenAPI validator', async () => {
    const reply = await new TestClient(t.app).call<{ openapi: string; paths: Record<string, unknown> }>(
      'GET',
      '/api/openapi.json',
    );
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(reply.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every route with the schemas that validate it', async () => {
    const doc = (
      await new TestClient(t.app).call<{
        paths: Record<string, Record<string, { requestBody?: unknown }>>;
        components: { schemas: Record<string, unknown> };
      }>('GET', '/api/openapi.json')
    ).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/signup',
        '/api/auth/login',
        '/api/me',
        '/api/me/profile',
        '/api/plans',
        '/api/plans/current',
        '/api/plans/current/revisions',
        '/api/sessions/{id}/move',
        '/api/races/{id}',
        '/api/today',
        '/api/sessions/{id}',
        '/api/sessions/{id}/log',
        '/api/races',
        '/api/tokens',
        '/api/export',
        '/api/import',
      ]),
    );
    expect(JSON.stringify(doc.paths['/api/me/profile']?.put?.requestBody)).toContain('ProfileInput');
    expect(Object.keys(doc.paths['/api/races/{id}'] ?? {}).sort()).toEqual(['delete', 'put']);
    expect(JSON.stringify(doc.paths['/api/sessions/{id}/log']?.put)).toContain('#/components/schemas/Logged');
    expect(JSON.stringify(doc.paths['/api/plans/current']?.get)).toContain('304');
    expect(JSON.stringify(doc.components.schemas.Logged)).toContain('planChanges');
  });

  it("shows the runner's current training in the profile, as numbers of metres", async () => {
    const doc = (
      await new TestClient(t.app).call<{
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      }>('GET', '/api/openapi.json')
    ).body;
    expect(JSON.stringify(doc.components.schemas.ProfileInput?.properties?.current)).toContain(
      'CurrentTrainingInput',
    );
    expect(doc.components.schemas.CurrentTrainingInput?.properties).toMatchObject({
      weeklyDistanceM: { type: 'number', minimum: 0 },
      longestRunM: { type: 'number', minimum: 0 },
    });
  });
});
