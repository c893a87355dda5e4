// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import AuthPage from './AuthPage.js';

afterEach(() => {
  cleanup();
});

describe('AuthPage (issue 14 bug 7: messages in a runner’s words)', () => {
  it('calls a malformed email not an email, and an empty one required, before anything is sent', () => {
    render(<AuthPage mode="signin" />);
    const email = screen.getByLabelText('Email');
    fireEvent.change(email, { target: { value: 'not-an-email' } });
    fireEvent.submit(email.closest('form') as HTMLFormElement);
    expect(screen.getByText('That is not an email address: it looks like ana@example.com.')).toBeTruthy();
    expect(screen.queryByText('Your email address is required.')).toBeNull();
    fireEvent.change(email, { target: { value: '' } });
    expect(screen.getByText('Your email address is required.')).toBeTruthy();
  });
});
