#include "checks/Credentials.h"

#include "compose/ComposeProject.h"
#include "util/BlockingWait.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <qt6keychain/keychain.h>

namespace blihops {

namespace {

// Runs a keychain job to its end in a local event loop.
void wait(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    BlockingWait::until(&job, &QKeychain::Job::finished, [&job] { job.start(); });
}

} // namespace

QString Credentials::keychainService()
{
    return QStringLiteral("BlihOps Console");
}

QString Credentials::keychainKey(const QString &environment, const QString &variable)
{
    return environment + QLatin1Char('/') + variable;
}

QString Credentials::fromKeychain(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(keychainService());
    job.setKey(key);
    wait(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound)
        *error = job.errorString();
    return {};
}

QString Credentials::lookup(const Environment &environment, const ComposeProject &project,
                            const QString &service, const QString &variable)
{
    for (const ComposeProject::Service &candidate : project.services()) {
        if (candidate.name != service)
            continue;
        if (const QString value = ComposeProject::containerVariable(candidate, variable);
            !value.isEmpty())
            return value;
    }
    if (const QString value = project.variables().value(variable); !value.isEmpty())
        return value;
    QString keychainError;
    const QString key = keychainKey(environment.name, variable);
    if (const QString value = fromKeychain(key, &keychainError); !value.isEmpty())
        return value;
    const QString files = project.envFile().isEmpty()
                              ? tr("its compose files (no env file)")
                              : tr("the env file %1 or the compose files").arg(project.envFile());
    const QString keychain = keychainError.isEmpty()
                                 ? tr("the keychain has no \"%1\"").arg(key)
                                 : tr("the keychain could not be read: %1").arg(keychainError);
    throw Error(ErrorKind::NotFound,
                tr("No password %1 for %2: it is not in %3, and %4. Add it to the env file, or "
                   "store it with `blihopsctl smoke secret %2 %1`.")
                    .arg(variable, environment.name, files, keychain));
}

void Credentials::store(const QString &environment, const QString &variable, const QString &secret)
{
    QKeychain::WritePasswordJob job(keychainService());
    job.setKey(keychainKey(environment, variable));
    job.setTextData(secret);
    wait(job);
    if (job.error() != QKeychain::NoError) {
        throw Error(ErrorKind::Workspace,
                    tr("The keychain did not take the password %1 of %2: %3. Put it in the "
                       "environment's env file instead.")
                        .arg(variable, environment, job.errorString()));
    }
}

void Credentials::forget(const QString &environment, const QString &variable)
{
    QKeychain::DeletePasswordJob job(keychainService());
    job.setKey(keychainKey(environment, variable));
    wait(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        throw Error(ErrorKind::Workspace,
                    tr("The keychain did not remove the password %1 of %2: %3.")
                        .arg(variable, environment, job.errorString()));
    }
}

} // namespace blihops
