module onrecord

go 1.26.8
