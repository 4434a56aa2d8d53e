// A child process that misbehaves on purpose, for the Process tests:
//   processhelper exit N | crash | hang | flood BYTES | lines N | argv ARG...
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

int main(int argc, char *argv[])
{
    if (argc < 2)
        return 64;
    const std::string mode = argv[1];
    if (mode == "exit")
        return argc > 2 ? std::atoi(argv[2]) : 0;
    if (mode == "crash") {
        std::fputs("about to crash\n", stderr);
        std::fflush(stderr);
        std::raise(SIGSEGV);
    }
    if (mode == "hang") {
        std::signal(SIGTERM, SIG_IGN); // only SIGKILL ends it
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    if (mode == "flood") {
        const long total = argc > 2 ? std::atol(argv[2]) : 1 << 20;
        std::string line(99, 'x');
        line += '\n';
        for (long written = 0; written < total; written += long(line.size()))
            std::fwrite(line.data(), 1, line.size(), stdout);
        return 0;
    }
    if (mode == "lines") {
        const int count = argc > 2 ? std::atoi(argv[2]) : 3;
        for (int i = 0; i < count; ++i)
            std::printf("line %d\n", i);
        std::printf("no newline at the end");
        return 0;
    }
    if (mode == "argv") {
        for (int i = 2; i < argc; ++i) {
            std::fwrite(argv[i], 1, std::strlen(argv[i]), stdout);
            std::fputc('\0', stdout);
        }
        return 0;
    }
    return 64;
}
