module github.com/minidao/minidao/e2e

go 1.26
