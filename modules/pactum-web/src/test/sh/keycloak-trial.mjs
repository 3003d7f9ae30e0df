// The browser's part of keycloak-trial.sh: a person signs in to Pactum through a real Keycloak in headless Chromium
// (playwright-core, Debian's chromium), as each kind of staff the example realm has. Prints one line per check,
// "ok" or "FAILED", and exits 1 when any failed. Screenshots at 1366 and 390 px go to $SHOTS.
import { chromium } from 'playwright-core';

const pactum = process.env.PACTUM_URL;      // e.g. http://localhost:18481
const keycloak = process.env.KEYCLOAK_URL;  // e.g. http://127.0.0.1:18480
const realm = process.env.KEYCLOAK_REALM || 'staff';
const password = process.env.TRIAL_PASSWORD || 'trial-password';
const shots = process.env.SHOTS;
const issuer = `${keycloak}/realms/${realm}`;

let failed = 0;
function check(what, passed, detail = '') {
    console.log(`${passed ? 'ok     ' : 'FAILED '} ${what}${detail ? ' — ' + detail : ''}`);
    if (!passed) failed++;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox'] });

async function page(width) {
    const context = await browser.newContext({ viewport: { width, height: width > 800 ? 900 : 844 }, locale: process.env.TRIAL_LOCALE || 'ru-RU' });
    return context.newPage();
}

async function shot(p, name) {
    if (shots) await p.screenshot({ path: `${shots}/${name}-${p.viewportSize().width}.png`, fullPage: true });
}

/** From Pactum's login page through Keycloak's form; returns the page back at Pactum. */
async function signIn(p, username, { width, prefix } = {}) {
    await p.goto(`${pactum}/login.xhtml`);
    if (prefix) await shot(p, `${prefix}-1-pactum-login`);
    await p.click('#oidc');
    await p.waitForURL(url => url.href.startsWith(issuer), { timeout: 15000 });
    await p.waitForSelector('#username');
    if (prefix) await shot(p, `${prefix}-2-keycloak-login`);
    await p.fill('#username', username);
    await p.fill('#password', password);
    await p.click('#kc-login');
    await p.waitForURL(url => url.href.startsWith(pactum) && !url.pathname.startsWith('/oidc/'), { timeout: 30000 });
    await p.waitForLoadState('load');
    return p;
}

async function rolesShown(p) {
    return (await p.locator('.user-roles').first().textContent().catch(() => '')).replace(/\s+/g, ' ').trim();
}

async function refusal(p) {
    return (await p.locator('#messages').textContent().catch(() => '')).replace(/\s+/g, ' ').trim();
}

// Each kind of staff at 1366 px: the role their group gives.
const staff = [['aruzhan', 'Составитель'], ['bolat', 'Согласующий'], ['dana', 'Подписант'], ['erlan', 'Аудитор'],
    ['gulnara', 'Администратор']];
for (const [username, role] of staff) {
    const p = await page(1366);
    try {
        await signIn(p, username, { prefix: username === 'aruzhan' ? 'a-drafter' : undefined });
        const roles = await rolesShown(p);
        check(`${username} signed in through Keycloak with the role ${role}`, roles.includes(role),
            `${p.url()} roles "${roles}"`);
        if (username === 'aruzhan') await shot(p, 'a-drafter-3-signed-in');
    } catch (e) {
        check(`${username} signed in through Keycloak`, false, e.message.split('\n')[0]);
    }
    await p.context().close();
}

// At 390 px: the same walk for the drafter.
{
    const p = await page(390);
    try {
        await signIn(p, 'aruzhan', { prefix: 'a-drafter' });
        await shot(p, 'a-drafter-3-signed-in');
        check('aruzhan signed in at 390 px', (await rolesShown(p)).includes('Составитель'), p.url());
    } catch (e) {
        check('aruzhan signed in at 390 px', false, e.message.split('\n')[0]);
    }
    await p.context().close();
}

// Refused with Pactum's own sentence: in no mapped group; a username that is one of Pactum's own accounts.
for (const [username, reason, words] of [['marat', 'no-role', 'не входите ни в одну её группу'],
    ['drafter', 'local-account', 'собственной учётной записи Pactum']]) {
    for (const width of [1366, 390]) {
        const p = await page(width);
        try {
            await signIn(p, username);
            const message = await refusal(p);
            check(`${username} refused (${reason}) at ${width} px`,
                p.url().includes(`oidc-refused=${reason}`) && message.includes(words), `${p.url()} "${message}"`);
            await shot(p, `b-refused-${reason}`);
        } catch (e) {
            check(`${username} refused (${reason})`, false, e.message.split('\n')[0]);
        }
        await p.context().close();
    }
}

/**
 * Signs out of Pactum: through Keycloak's end_session_endpoint back to the login page, Pactum's session gone, and the
 * next "Sign in with" asks for the password again (Keycloak's session ended too).
 */
async function signOut(p, how) {
    const visited = [];
    // Requests, not navigations: a redirect's stops are no navigations of their own.
    p.on('request', request => { if (request.isNavigationRequest()) visited.push(request.url().split('?')[0]); });
    await p.click('#logout\\:signOut');
    await p.waitForURL(url => url.href.startsWith(`${pactum}/login.xhtml`), { timeout: 15000 });
    await p.waitForLoadState('load');
    const atProvider = visited.some(url => url.startsWith(`${issuer}/protocol/openid-connect/logout`));
    check(`signing out ${how} went through Keycloak's end_session_endpoint back to the login page`, atProvider,
        visited.join(' → '));
    await shot(p, 'c-signed-out');
    await p.goto(`${pactum}/`);
    check(`Pactum's own session is gone after signing out ${how}`, p.url().includes('/login.xhtml'), p.url());
    await p.click('#oidc');
    await p.waitForURL(url => url.href.startsWith(issuer), { timeout: 15000 });
    await p.waitForLoadState('load');
    check(`the next sign-in through Keycloak asks for the password again after signing out ${how}`,
        await p.locator('#password').count() === 1, p.url());
    await shot(p, 'c-after-sign-out-keycloak-asks-again');
}

{
    const p = await page(1366);
    try {
        await signIn(p, 'bolat');
        await signOut(p, 'at once');
    } catch (e) {
        check('signing out through Keycloak', false, e.message.split('\n')[0]);
    }
    await p.context().close();
}

// What needs Keycloak's administration (its REST API, as the bootstrap administrator): declining, and a sign-out with
// an ID token older than its lifetime, as every sign-out after a few minutes in Pactum is.
if (process.env.KEYCLOAK_ADMIN_PASSWORD) {
    // The person declines at Keycloak (its consent page's "No"): error=access_denied, Pactum's sentence.
    await changeAtKeycloak(`clients/${await clientId()}`, { consentRequired: true });
    for (const width of [1366, 390]) {
        const p = await page(width);
        try {
            await p.goto(`${pactum}/login.xhtml`);
            await p.click('#oidc');
            await p.waitForSelector('#username');
            await p.fill('#username', 'aruzhan');
            await p.fill('#password', password);
            await p.click('#kc-login');
            await p.waitForSelector('#kc-cancel');
            await shot(p, 'd-keycloak-consent');
            await p.click('#kc-cancel');
            await p.waitForURL(url => url.href.startsWith(`${pactum}/login.xhtml`), { timeout: 15000 });
            const message = await refusal(p);
            check(`declining at Keycloak comes back as "denied" at ${width} px`,
                p.url().includes('oidc-refused=denied') && message.includes('не пропустила вас в Pactum'),
                `${p.url()} "${message}"`);
            await shot(p, 'd-refused-denied');
        } catch (e) {
            check(`declining at Keycloak at ${width} px`, false, e.message.split('\n')[0]);
        }
        await p.context().close();
    }
    await changeAtKeycloak(`clients/${await clientId()}`, { consentRequired: false });

    // ID tokens of 30 seconds; signing out a minute later still ends Keycloak's session.
    const lifespan = (await atKeycloak('')).accessTokenLifespan;
    await changeAtKeycloak('', { accessTokenLifespan: 30 });
    const p = await page(1366);
    try {
        await signIn(p, 'dana');
        await p.waitForTimeout(45000);
        await signOut(p, 'with an expired ID token as hint');
    } catch (e) {
        check('signing out with an expired ID token', false, e.message.split('\n')[0]);
    }
    await p.context().close();
    await changeAtKeycloak('', { accessTokenLifespan: lifespan });
}

async function adminHeaders() {
    const token = await fetch(`${keycloak}/realms/master/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli',
            username: process.env.KEYCLOAK_ADMIN || 'admin', password: process.env.KEYCLOAK_ADMIN_PASSWORD })
    }).then(answer => answer.json());
    return { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' };
}

async function atKeycloak(path) {
    return fetch(`${keycloak}/admin/realms/${realm}${path ? '/' + path : ''}`, { headers: await adminHeaders() })
        .then(answer => answer.json());
}

async function clientId() {
    return (await atKeycloak('clients?clientId=pactum'))[0].id;
}

async function changeAtKeycloak(path, change) {
    const current = await atKeycloak(path);
    const put = await fetch(`${keycloak}/admin/realms/${realm}${path ? '/' + path : ''}`, {
        method: 'PUT', headers: await adminHeaders(), body: JSON.stringify({ ...current, ...change })
    });
    check(`Keycloak: ${path || 'realm'} changed to ${JSON.stringify(change)}`, put.ok, `HTTP ${put.status}`);
}

await browser.close();
console.log(failed === 0 ? 'All checks passed.' : `${failed} check(s) failed.`);
process.exit(failed === 0 ? 0 : 1);
