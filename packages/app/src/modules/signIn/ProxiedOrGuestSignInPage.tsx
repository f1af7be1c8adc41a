import { useMemo } from 'react';
import { ProxiedSignInPage, SignInPage } from '@backstage/core-components';
import { SignInPageProps } from '@backstage/core-plugin-api';

/**
 * Signs in through the authenticating proxy the portal runs behind
 * (oauth2-proxy's forwarded headers), and offers the guest sign-in where
 * there is none: the demo has no proxy, a deployment behind one has no
 * guest.
 */
export function ProxiedOrGuestSignInPage(props: SignInPageProps) {
  const { onSignInSuccess } = props;
  const GuestSignIn = useMemo(
    () => () =>
      <SignInPage onSignInSuccess={onSignInSuccess} providers={['guest']} />,
    [onSignInSuccess],
  );
  return (
    <ProxiedSignInPage
      onSignInSuccess={onSignInSuccess}
      provider="oauth2Proxy"
      ErrorComponent={GuestSignIn}
    />
  );
}
